package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.questionnaire.ShippedCodeLists;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsFormRoundTripTest {

    private final QuestionnaireYamlReader reader = ShippedCodeLists.reader();

    @ParameterizedTest
    @ValueSource(strings = {"coaching-baseline", "coaching-followup", "event-feedback", "keko-impact"})
    void sampleSurveysSurviveExportAndImportExceptForDocumentedDifferences(String name) throws IOException {
        Questionnaire original = read(name + ".yaml", sample(name));

        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        new XlsFormExporter().export(original, workbook);
        XlsFormImport imported =
                new XlsFormImporter().importWorkbook(name + ".xlsx", new ByteArrayInputStream(workbook.toByteArray()));

        assertThat(imported.problems()).isEmpty();
        Questionnaire back = read(name + ".xlsx", imported.yaml());
        assertThat(DocumentedDifferences.withoutColumns(back))
                .isEqualTo(DocumentedDifferences.expectedAfterRoundTrip(original));
    }

    @ParameterizedTest
    @ValueSource(strings = {"coaching-followup", "event-feedback"})
    void yesNoQuestionsComeBackAsSingleChoiceOverYesAndNo(String name) throws IOException {
        Questionnaire original = read(name + ".yaml", sample(name));
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        new XlsFormExporter().export(original, workbook);

        Questionnaire back = read(
                name,
                new XlsFormImporter()
                        .importWorkbook(name, new ByteArrayInputStream(workbook.toByteArray()))
                        .yaml());

        String key = name.equals("event-feedback") ? "first_event" : "coaching_helped";
        assertThat(back.question(key)).get().isInstanceOfSatisfying(SingleChoiceQuestion.class, q -> assertThat(
                        q.choices())
                .extracting(c -> c.value())
                .containsExactly("yes", "no"));
    }

    @org.junit.jupiter.api.Test
    void calculationsComeBackWithTheirFunctionsAndLabels() throws IOException {
        String yaml =
                """
                key: calculated
                defaultLanguage: fi
                languages: [fi]
                title: {fi: Laskenta}
                questions:
                  - key: hours
                    type: number
                    decimal: true
                    label: {fi: Tunnit}
                  - key: support
                    type: multiple_choice
                    label: {fi: Tuki}
                    choices:
                      - {value: coaching, label: {fi: Valmennus}}
                      - {value: mentoring, label: {fi: Mentorointi}}
                  - key: summary
                    type: calculate
                    label: {fi: Yhteenveto}
                    hint: {fi: Henkilökunnalle}
                    relevant: hours > 0
                    calculation: "if(round(hours / 7, 1) > 2, concat(selected_at(support, 0), ' ', int(hours)), concat(now()))"
                """;
        Questionnaire original = read("calculated.yaml", yaml);
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        new XlsFormExporter().export(original, workbook);
        XlsFormImport imported = new XlsFormImporter()
                .importWorkbook("calculated.xlsx", new ByteArrayInputStream(workbook.toByteArray()));

        assertThat(imported.problems()).isEmpty();
        Questionnaire back = read("calculated.xlsx", imported.yaml());
        var before = original.question("summary").orElseThrow();
        var after = back.question("summary").orElseThrow();
        assertThat(after.typeName()).isEqualTo("calculate");
        assertThat(after.label()).isEqualTo(before.label());
        assertThat(after.hint()).isEqualTo(before.hint());
        assertThat(after.calculation().map(c -> DocumentedDifferences.normalize(c, false)))
                .isEqualTo(before.calculation().map(c -> DocumentedDifferences.normalize(c, false)));
        assertThat(back.rulesOf("summary").relevant().map(c -> DocumentedDifferences.normalize(c, false)))
                .isEqualTo(original.rulesOf("summary").relevant().map(c -> DocumentedDifferences.normalize(c, false)));
    }

    private Questionnaire read(String source, String yaml) {
        DefinitionResult result = reader.read(source, yaml);
        assertThat(result).as(() -> result.problems() + "\n" + yaml).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire();
    }

    /** The sample as shipped in surveys/, so the round trip follows the samples as they change. */
    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("surveys", name + ".yaml"));
    }
}
