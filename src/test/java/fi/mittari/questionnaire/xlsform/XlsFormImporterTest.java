package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.DefinitionProblem.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsFormImporterTest {

    private final XlsFormImporter importer = new XlsFormImporter();

    @Test
    void reportsEachUnmappableRowAtItsCell() throws IOException {
        XlsFormImport result = importer.importWorkbook("followup.xlsx", EmploymentFollowUpWorkbook.build(true));

        assertThat(result.problems())
                .extracting(
                        DefinitionProblem::line,
                        DefinitionProblem::column,
                        DefinitionProblem::path,
                        DefinitionProblem::severity)
                .containsExactlyInAnyOrder(
                        tuple(5, 2, "survey!B5", Severity.WARNING),
                        tuple(7, 1, "survey!A7", Severity.WARNING),
                        tuple(11, 1, "survey!A11", Severity.ERROR));
        assertThat(messageAt(result.problems(), 11))
                .startsWith("type 'geopoint': geopoint answers are not collected by Mittari");
        // appearance minimal is XLSForm's dropdown, which Mittari has
        assertThat(result.yaml()).contains("appearance: dropdown");
        assertThat(messageAt(result.problems(), 5)).contains("name 'Hours-Per-Week' became key 'hours_per_week'");
        assertThat(messageAt(result.problems(), 7))
                .contains("outside any group")
                .contains("page 'page_2'");
        assertThat(result.problems()).allMatch(p -> p.source().equals("followup.xlsx"));
    }

    @Test
    void realisticFormWithoutTheUnsupportedRowReadsAsAValidQuestionnaire() throws IOException {
        XlsFormImport result = importer.importWorkbook("followup.xlsx", EmploymentFollowUpWorkbook.build(false));

        assertThat(result.hasErrors()).isFalse();
        DefinitionResult read = new QuestionnaireYamlReader().read("followup.xlsx", result.yaml());
        assertThat(read).as(() -> read.problems() + "\n" + result.yaml()).isInstanceOf(DefinitionResult.Accepted.class);
        // XLSForm has one form_title and this form translates only some hints: the reader warns, nothing more.
        assertThat(read.problems()).allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).startsWith("missing");
        });
        Questionnaire q = ((DefinitionResult.Accepted) read).questionnaire();

        assertThat(q.key()).isEqualTo("employment_followup");
        assertThat(q.defaultLanguage()).isEqualTo(Language.FI);
        assertThat(q.languages()).containsExactly(Language.FI, Language.SV, Language.EN);
        assertThat(q.questions())
                .extracting(question -> question.key())
                .containsExactly(
                        "status",
                        "employer_sector",
                        "hours_per_week",
                        "support_received",
                        "support_comments",
                        "thanks",
                        "followup_date");
        assertThat(q.question("status")).get().isInstanceOfSatisfying(SingleChoiceQuestion.class, s -> {
            assertThat(s.required()).isTrue();
            assertThat(s.choices()).extracting(c -> c.value()).containsExactly("employed", "unemployed", "studying");
        });
        assertThat(q.question("hours_per_week")).get().isInstanceOfSatisfying(NumberQuestion.class, n -> {
            assertThat(n.decimal()).isFalse();
            assertThat(n.hint().get(Language.FI)).contains("Arvio riittää: \"noin 20\"");
        });
        assertThat(q.rulesOf("hours_per_week").constraint()).isPresent();
        assertThat(q.rulesOf("hours_per_week").constraintMessage().get(Language.FI))
                .contains("Anna tunnit väliltä 0–80.");
        assertThat(q.rulesOf("employer_sector").relevant()).isPresent();
        assertThat(q.question("support_received")).get().isInstanceOf(MultipleChoiceQuestion.class);
        assertThat(q.question("support_comments")).get().isInstanceOfSatisfying(TextQuestion.class, t -> assertThat(
                        t.multiline())
                .isTrue());
        assertThat(result.yaml())
                .contains("relevant: status = 'employed'")
                .contains("relevant: count(support_received) >= 1")
                .contains("constraint: count(.) >= 1")
                .contains("constraint: . >= 0 and . <= 80");
    }

    @Test
    void unreadableInputIsAProblemNotAnException() {
        XlsFormImport result = importer.importWorkbook(
                "notes.txt", new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.yaml()).isEmpty();
        assertThat(result.problems().get(0).message()).startsWith("not a readable .xlsx workbook");
    }

    private static String messageAt(List<DefinitionProblem> problems, int row) {
        return problems.stream()
                .filter(p -> p.line() == row)
                .findFirst()
                .orElseThrow()
                .message();
    }
}
