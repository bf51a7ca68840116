package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.accepted;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.importForm;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Metadata rows (start, end, today, deviceid…) that a text or an expression refers to, as pyxform's example forms do
 * with "start test output: ${start}".
 */
class XlsFormMetadataReferencesTest {

    @Test
    void aTodayRowATextRefersToBecomesACalculationOfToday() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"today", "today", ""},
                    {"note", "shown", "Today is ${today}"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("key: today")
                .contains("type: calculate")
                .contains("calculation: today()")
                .contains("Today is ${today}");
        assertThat(warningAt(imported, "survey!A2"))
                .contains("metadata 'today' is referred to, so it becomes a calculate question of today()");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void startAndEndRowsAnExpressionOrTextRefersToBecomeCalculationsOfNow() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"start", "started", "", ""},
                    {"end", "ended", "", ""},
                    {"note", "times", "From ${started} to ${ended}", ""},
                    {"text", "late", "Why so late?", "${ended} != ''"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("key: started")
                .contains("key: ended")
                .contains("calculation: now()")
                .contains("From ${started} to ${ended}")
                .contains("relevant: answered(ended)");
        assertThat(warningAt(imported, "survey!A2")).contains("calculate question of now()");
        assertThat(warningAt(imported, "survey!A3")).contains("calculate question of now()");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void metadataNothingRefersToStaysIgnoredAndGivesNoStoredValue() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"start", "start", ""},
                    {"end", "end", ""},
                    {"today", "today", ""},
                    {"text", "name", "Your name"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).doesNotContain("calculate").doesNotContain("key: start");
        assertThat(warningAt(imported, "survey!A3"))
                .isEqualTo("metadata 'end' is not collected by Mittari; row ignored");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aReferenceInATextToMetadataMittariHasNoValueForIsLeftOutWithAWarning() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "hint"},
                    {"deviceid", "device", "", ""},
                    {"note", "shown", "Sent from ${device}.", "Device: ${device}"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("Sent from .")
                .contains("'Device: '")
                .doesNotContain("${device}");
        assertThat(warningAt(imported, "survey!C3"))
                .isEqualTo("label refers to ${device}, metadata 'deviceid', which Mittari does not collect; the"
                        + " reference is left out of the text");
        assertThat(warningAt(imported, "survey!D3")).startsWith("hint refers to ${device}");
        assertThat(warningAt(imported, "survey!A2")).contains("not collected by Mittari; row ignored");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aChoiceLabelShowingMetadataMittariHasNoValueForLosesTheReferenceWithAWarning() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"username", "user", ""},
                    {"select_one who", "who", "Who answers?"}
                },
                new String[][] {{"list_name", "name", "label"}, {"who", "me", "Me (${user})"}, {"who", "other", "Other"}
                });

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("Me ()");
        assertThat(warningAt(imported, "choices!C2")).startsWith("label refers to ${user}, metadata 'username'");
    }

    @Test
    void anExpressionUsingMetadataMittariHasNoValueForIsRefusedAtItsCell() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"username", "username", "", ""},
                    {"text", "comment", "Comment", "${username} != 'tester'"}
                },
                YES_NO);

        assertThat(errors(imported)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("survey!D3");
            assertThat(error.message())
                    .isEqualTo("relevant '${username} != 'tester'' cannot be translated: ${username} is"
                            + " metadata 'username', which Mittari does not collect, so it has no value");
        });
    }

    private static String warningAt(XlsFormImport imported, String path) {
        return imported.problems().stream()
                .filter(problem -> problem.severity() == DefinitionProblem.Severity.WARNING)
                .filter(problem -> problem.path().equals(path))
                .map(DefinitionProblem::message)
                .findFirst()
                .orElse("(no warning at " + path + ")");
    }
}
