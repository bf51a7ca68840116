package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.accepted;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.importForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The XForm bind names and other aliases pyxform accepts for the condition columns are read as those columns. */
class XlsFormBindColumnsTest {

    @Test
    void aConditionInABindRelevantColumnIsKept() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "bind:relevant"},
                    {"select_one yn", "has_children", "Children?", ""},
                    {"integer", "children", "How many?", "${has_children} = 'yes'"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.yaml()).contains("relevant: has_children = 'yes'");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void bindSpellingsOfRequiredConstraintAndItsMessageAreReadAsThePlainColumns() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "bind::required", "bind::constraint", "bind:jr:constraintMsg"},
                    {"integer", "age", "Age?", "yes", ". >= 5", "At least five"}
                },
                YES_NO);

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.yaml())
                .contains("required: true")
                .contains("constraint: . >= 5")
                .contains("At least five");
    }

    @Test
    void aFriendlierAliasOfRelevantIsReadAsRelevant() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevance"},
                    {"select_one yn", "smokes", "Smokes?", ""},
                    {"integer", "per_day", "How many a day?", "${smokes} = 'yes'"}
                },
                YES_NO);

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.yaml()).contains("relevant: smokes = 'yes'");
    }

    @Test
    void aBindColumnMittariDoesNotReadIsStillReportedByItsName() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {{"type", "name", "label", "bind:jr:noAppErrorString"}, {"text", "name", "Name?", "x"}},
                YES_NO);

        assertThat(imported.problems()).singleElement().satisfies(warning -> assertThat(warning.message())
                .containsIgnoringCase("bind:jr:noAppErrorString"));
    }

    @Test
    void aColumnWrittenTwiceUnderAnAliasIsRefusedNamingBothHeaderCells() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant", "bind::relevant"},
                    {"select_one yn", "smokes", "Smokes?", "", ""},
                    {"integer", "per_day", "How many a day?", "${smokes} = 'yes'", "${smokes} = 'no'"}
                },
                YES_NO);

        assertThat(errors(imported)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("survey!E1");
            assertThat(error.message())
                    .contains("'relevant' (D1)")
                    .contains("'bind::relevant' (E1)")
                    .contains("column relevant");
        });
    }

    @Test
    void aFriendlierAliasBesideItsPlainColumnIsRefusedToo() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "constraint message", "constraint_message"},
                    {"integer", "age", "Age?", "At least five", "Five or more"}
                },
                YES_NO);

        assertThat(errors(imported)).singleElement().satisfies(error -> assertThat(error.message())
                .contains("'constraint message' (D1)")
                .contains("'constraint_message' (E1)"));
    }
}
