package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.accepted;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.importForm;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * One-step relative paths as ODK forms write them ({@code ./source = 'user'} in a group's relevant, as the Community
 * Health Toolkit's forms do; {@code ../other} beside a question): in XPath the context is the row's own node, so they
 * name a child of the group or a row of the same group.
 */
class XlsFormRelativePathsTest {

    @Test
    void aParentPathInAQuestionsConditionNamesARowOfTheSameGroup() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"begin group", "signs", "Danger signs", ""},
                    {"select_one yn", "present", "Any danger sign?", ""},
                    {"text", "which", "Which one?", "../present = 'yes'"},
                    {"end group", "", "", ""}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("relevant: present = 'yes'");
        assertThat(warningAt(imported, "survey!D4"))
                .isEqualTo("relevant: the relative path '../present' names row 3: read as ${present}");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aDotPathInAGroupsConditionNamesTheGroupsChild() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"begin group", "visit", "Visit", ""},
                    {"select_one yn", "source", "Did you come yourself?", ""},
                    {"begin group", "details", "Details", "./source = 'user' or ../source = 'yes'"},
                    {"text", "source", "Where from?", ""},
                    {"end group", "", "", ""},
                    {"end group", "", "", ""}
                },
                YES_NO);

        // ./source is the inner group's child (row 5), ../source the outer group's (row 3): one name on two rows,
        // which a ${source} could not tell apart, so both stay refused
        assertThat(errors(imported)).anySatisfy(error -> {
            assertThat(error.path()).isEqualTo("survey!D4");
            assertThat(error.message()).contains("'/' is not supported");
        });
    }

    @Test
    void aDotPathNamingTheGroupsOnlyChildOfThatNameIsTheReference() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"select_one yn", "consent", "Do you agree?", ""},
                    {"begin group", "visit", "Visit", "../consent = 'yes'"},
                    {"begin group", "details", "Details", "./origin != 'far' and ./origin != '../x'"},
                    {"text", "origin", "Where from?", ""},
                    {"end group", "", "", ""},
                    {"end group", "", "", ""}
                },
                YES_NO);

        assertThat(warningAt(imported, "survey!D3")).endsWith("names row 2: read as ${consent}");
        assertThat(warningAt(imported, "survey!D4"))
                .isEqualTo("relevant: the relative path './origin' names row 5: read as ${origin}");
        assertThat(imported.yaml()).contains("origin != 'far' and origin != '../x'");
    }

    @Test
    void aPathToARowThatIsNotThereToAGroupOrALongerPathIsStillRefused() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"begin group", "visit", "Visit", ""},
                    {"text", "origin", "Where from?", "./visit = 'x'"},
                    {"end group", "", "", ""},
                    {"text", "after", "After", "../visit/origin = 'x'"},
                    {"text", "later", "Later", "../visit = 'x'"}
                },
                YES_NO);

        assertThat(errors(imported))
                .extracting(DefinitionProblem::path)
                .containsOnly("survey!D3", "survey!D5", "survey!D6");
        assertThat(errors(imported)).anySatisfy(error -> assertThat(error.message())
                .contains("'/' is not supported in Mittari expressions"));
        assertThat(imported.problems()).noneMatch(problem -> problem.message().contains("relative path"));
    }

    /**
     * The Community Health Toolkit's forms show their inputs group when {@code ./source = 'user'}: {@code source} is a
     * hidden row whose default is 'user', which the app overwrites when it opens the form for a task. In a web form
     * nothing overwrites it, so it reads as its default, and the group shows as it does when a user opens the form.
     */
    @Test
    void aGroupsConditionOnItsHiddenChildReadsTheChildsDefault() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant", "default"},
                    {"begin group", "visit", "Visit", "", ""},
                    {"begin group", "inputs", "Inputs", "./source = 'user' and ${source_id} = ''", ""},
                    {"hidden", "source", "Source", "", "user"},
                    {"hidden", "source_id", "Source id", "", ""},
                    {"text", "who", "Who?", "", ""},
                    {"end group", "", "", "", ""},
                    {"end group", "", "", "", ""}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("relevant: '''user'' = ''user'' and '''' = '''''")
                .doesNotContain("key: source");
        assertThat(imported.problems())
                .extracting(DefinitionProblem::message)
                .contains(
                        "relevant: the relative path './source' names row 4: read as ${source}",
                        "relevant: ${source} is a hidden row without a calculation, which only its default fills in:"
                                + " read as 'user'",
                        "relevant: ${source_id} is a hidden row without a calculation, which only its default fills"
                                + " in: read as ''");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aParentPathInARepeatNamesTheSameInstancesCopy() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant", "repeat_count"},
                    {"begin repeat", "child", "Child", "", "2"},
                    {"select_one yn", "sick", "Sick?", "", ""},
                    {"text", "what", "What?", "../sick = 'yes'", ""},
                    {"end repeat", "", "", "", ""}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("relevant: child_1_sick = 'yes'")
                .contains("relevant: child_2_sick = 'yes'");
        assertThat(accepted(imported)).isTrue();
    }
}
