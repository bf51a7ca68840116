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
 * A name written again in another group, which pyxform accepts since the groups make its XPath differ, while Mittari's
 * keys are one flat set.
 */
class XlsFormNamesInGroupsTest {

    @Test
    void theSameNameInAnotherGroupTakesThatGroupsNameBeforeIt() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"begin group", "welcome", "Welcome"},
                    {"text", "comment", "Comment"},
                    {"end group", "", ""},
                    {"begin group", "contacts", "Contacts"},
                    {"text", "comment", "Another comment"},
                    {"end group", "", ""}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("key: comment").contains("key: contacts_comment");
        assertThat(imported.problems())
                .filteredOn(problem -> problem.path().equals("survey!B6"))
                .extracting(DefinitionProblem::message)
                .containsExactly("name 'comment' gives the same key as the name of row 3, in another group: this row's"
                        + " key is 'contacts_comment'");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aGroupsNameIsMadeUniqueWhenItWouldCollideWithAnotherName() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"text", "b_x", "Taken"},
                    {"text", "x", "First"},
                    {"begin group", "b", "B"},
                    {"text", "x", "Second"},
                    {"end group", "", ""}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("key: b_x_2");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void theSameNameTwiceInOneGroupIsStillRefused() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"begin group", "g", "G"},
                    {"text", "comment", "Comment"},
                    {"text", "comment", "Comment again"},
                    {"end group", "", ""}
                },
                YES_NO);

        assertThat(errors(imported))
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "survey!B4", "name 'comment' gives key 'comment', which row 3 already has"));
    }

    @Test
    void aReferenceToANameOfTwoRowsIsRefusedWhereverItStandsAsPyxformRefusesIt() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"begin group", "a", "A", ""},
                    {"select_one yn", "ok", "OK?", ""},
                    {"text", "why", "Why not?", "${ok} = 'no'"},
                    {"end group", "", "", ""},
                    {"begin group", "b", "B", ""},
                    {"select_one yn", "ok", "OK?", ""},
                    {"end group", "", "", ""},
                    {"note", "said", "You said ${ok}", ""}
                },
                YES_NO);

        String why = "${ok} names more than one row (rows 3, 7), so it is not clear which one it means; give them"
                + " different names";
        assertThat(errors(imported))
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "survey!D4", "relevant '${ok} = 'no'' cannot be translated: " + why),
                        org.assertj.core.groups.Tuple.tuple("survey!C9", "label: " + why));
    }

    @Test
    void aNameGivingWayToTheKeyOfItsGroupStillAnswersItsReferences() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"begin group", "Litter", "Litter", ""},
                    {"select_one yn", "litter", "Do you litter?", ""},
                    {"text", "why", "Why?", "${litter} = 'yes'"},
                    {"end group", "", "", ""}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("key: litter_litter").contains("relevant: litter_litter = 'yes'");
        assertThat(accepted(imported)).isTrue();
    }
}
