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
