package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema published for editors agrees with the reader: it accepts every sample and refuses typos. */
class QuestionnaireSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws IOException {
        try (InputStream in = QuestionnaireSchemaTest.class.getResourceAsStream("/schemas/questionnaire.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("surveys")).filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void acceptsEverySampleQuestionnaire(Path sample) throws IOException {
        JsonNode document = YAML.readTree(Files.readString(sample));
        assertThat(schema().validate(document)).isEmpty();
    }

    @Test
    void refusesAMisspelledPropertyAndAnUnknownType() throws IOException {
        JsonNode document = YAML.readTree(
                """
                key: x
                defaultLanguage: fi
                languages: [fi]
                title: {fi: X}
                questions:
                  - {key: a, type: slider, label: {fi: A}}
                  - {key: b, type: text, lable: {fi: B}}
                """);
        Set<ValidationMessage> messages = schema().validate(document);
        assertThat(messages)
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(
                        m -> assertThat(m).startsWith("$.questions[0].type: does not have a value in the enumeration"))
                .anySatisfy(m -> assertThat(m).contains("property 'lable' is not defined in the schema"));
    }

    @Test
    void acceptsACalculationWithItsExpressionAndRefusesOneWithoutOrRequired() throws IOException {
        String calculated =
                """
                key: x
                defaultLanguage: fi
                languages: [fi]
                title: {fi: X}
                questions:
                  - {key: a, type: number, label: {fi: A}}
                  - {key: b, type: calculate, label: {fi: B}%s}
                """;
        assertThat(schema().validate(YAML.readTree(calculated.formatted(", calculation: a * 2"))))
                .isEmpty();
        assertThat(schema().validate(YAML.readTree(calculated.formatted("")))).isNotEmpty();
        assertThat(schema().validate(YAML.readTree(calculated.formatted(", calculation: a * 2, required: true"))))
                .isNotEmpty();
    }

    @Test
    void acceptsChoicesFromAKnownCodeListInsteadOfChoices() throws IOException {
        String listed =
                """
                key: x
                defaultLanguage: fi
                languages: [fi]
                title: {fi: X}
                questions:
                  - {key: a, type: single_choice, label: {fi: A}, choicesFrom: %s}
                """;
        assertThat(schema().validate(YAML.readTree(listed.formatted("region")))).isEmpty();
        assertThat(schema().validate(YAML.readTree(listed.formatted("regions"))))
                .isNotEmpty();
        String both = listed.formatted("region, choices: [{value: b, label: {fi: B}}]");
        assertThat(schema().validate(YAML.readTree(both))).isNotEmpty();
        String onText = listed.formatted("region").replace("single_choice", "text");
        assertThat(schema().validate(YAML.readTree(onText))).isNotEmpty();
    }

    @Test
    void acceptsPagesButNotPagesAndQuestionsTogether() throws IOException {
        String paged =
                """
                key: x
                defaultLanguage: fi
                languages: [fi]
                title: {fi: X}
                pages:
                  - key: first
                    title: {fi: Eka}
                    intro: {fi: Alku}
                    questions:
                      - {key: a, type: text, label: {fi: A}}
                  - key: second
                    title: {fi: Toka}
                    relevant: a = 'x'
                    questions:
                      - {key: b, type: text, label: {fi: B}}
                """;
        assertThat(schema().validate(YAML.readTree(paged))).isEmpty();

        String both = paged + "questions:\n  - {key: c, type: text, label: {fi: C}}\n";
        assertThat(schema().validate(YAML.readTree(both))).isNotEmpty();
        String neither = paged.substring(0, paged.indexOf("pages:"));
        assertThat(schema().validate(YAML.readTree(neither))).isNotEmpty();
        String emptyPage = paged.replace("      - {key: b, type: text, label: {fi: B}}\n", "")
                .replace("relevant: a = 'x'\n    questions:", "relevant: a = 'x'\n    questions: []");
        assertThat(schema().validate(YAML.readTree(emptyPage))).isNotEmpty();
    }
}
