package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code begin repeat}: numbered instances of the repeat's rows, as many as its count allows, each shown when due. */
class XlsFormRepeatsTest {

    private static final String[] HEADER = {
        "type", "name", "label::Finnish (fi)", "repeat_count", "relevant", "constraint"
    };

    @Test
    void aRepeatWithANumberAsCountIsAskedExactlyThatManyTimesUnderNumberedKeys() throws IOException {
        XlsFormImport imported = importRows(
                new String[] {"begin repeat", "member", "Jäsen", "2", "", ""},
                new String[] {"text", "name", "Nimi?", "", "", ""},
                new String[] {"integer", "age", "Ikä?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""});

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("key: member_1", "key: member_2", "key: member_1_name", "key: member_2_age")
                .contains("fi: Jäsen 1", "fi: Jäsen 2")
                .doesNotContain("member_3", "relevant");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aCountNamingAQuestionShowsInstanceIOnlyWhenTheAnswerIsAtLeastI() throws IOException {
        XlsFormImport imported = importRows(
                new String[] {"integer", "members", "Montako jäsentä?", "", "", ". >= 0 and . <= 3"},
                new String[] {"begin repeat", "member", "Jäsen", "${members}", "", ""},
                new String[] {"text", "name", "Nimi?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""});

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("relevant: members >= 1", "relevant: members >= 2", "relevant: members >= 3")
                .contains("key: member_3_name")
                .doesNotContain("member_4");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aCountWithoutAnUpperBoundIsAskedAtMostTheDefaultNumberOfTimesWithAWarningAtTheCount() throws IOException {
        XlsFormImport imported = importRows(
                new String[] {"integer", "members", "Montako jäsentä?", "", "", ""},
                new String[] {"begin repeat", "member", "Jäsen", "${members}", "${members} > 0", ""},
                new String[] {"text", "name", "Nimi?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""});

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("key: member_" + RepeatCount.DEFAULT_MOST + "_name")
                .contains("relevant: (members > 0) and members >= 2")
                .doesNotContain("member_" + (RepeatCount.DEFAULT_MOST + 1));
        assertThat(imported.problems())
                .filteredOn(problem -> problem.path().equals("survey!D3"))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .asString()
                .contains("at most " + RepeatCount.DEFAULT_MOST + " instances");
    }

    @Test
    void withoutACountEachInstanceEndsWithAYesOrNoForAnotherThatGatesTheNextInstance() throws IOException {
        XlsFormImport imported = importRows(
                new String[] {"begin repeat", "job", "Työpaikka", "", "", ""},
                new String[] {"text", "employer", "Työnantaja?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""});

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("key: job_1_add_another", "type: yes_no", "fi: Lisätäänkö vielä yksi (Työpaikka)?")
                .contains("relevant: job_1_add_another = 'yes'")
                .contains("relevant: job_9_add_another = 'yes'")
                .contains("key: job_" + RepeatCount.DEFAULT_MOST + "_employer")
                // the last instance asks for no other, since there is none
                .doesNotContain("job_" + RepeatCount.DEFAULT_MOST + "_add_another");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aReferenceToARowOfTheSameRepeatPointsToTheSameInstanceAndPositionIsItsNumber() throws IOException {
        XlsFormImport imported = importRows(
                new String[] {"integer", "before", "Ennen?", "", "", ""},
                new String[] {"begin repeat", "member", "Jäsen", "2", "", ""},
                new String[] {"integer", "age", "Ikä?", "", "${before} > 0", ""},
                new String[] {"text", "school", "Koulu?", "", "${age} < 18 and position(..) = 2", ""},
                new String[] {"end repeat", "", "", "", "", ""});

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("relevant: member_1_age < 18 and 1 = 2")
                .contains("relevant: member_2_age < 18 and 2 = 2")
                .contains("relevant: before > 0");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void outsideTheRepeatOneInstanceIsNamedWithIndexedRepeatAndANumericCountIsCounted() throws IOException {
        XlsFormImport imported = importRows(
                new String[] {"begin repeat", "member", "Jäsen", "3", "", ""},
                new String[] {"integer", "age", "Ikä?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""},
                new String[] {"text", "eldest", "Vanhin?", "", "indexed-repeat(${age}, ${member}, 2) > 60", ""},
                new String[] {"text", "all", "Kaikki?", "", "count(${member}) > 2", ""});

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("relevant: member_2_age > 60", "relevant: 3 > 2");
    }

    @Test
    void aPlainReferenceIntoARepeatFromOutsideIsRefusedAtItsCellWithWhatToWriteInstead() throws IOException {
        XlsFormImport imported = importRows(
                new String[] {"begin repeat", "member", "Jäsen", "", "", ""},
                new String[] {"integer", "age", "Ikä?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""},
                new String[] {"text", "why", "Miksi?", "", "${age} > 60", ""});

        assertThat(errors(imported)).first().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("survey!E5");
            assertThat(problem.message()).contains("indexed-repeat(${age}, ${member}, 1)");
        });
    }

    @Test
    void aRepeatInsideARepeatIsRefusedAtTheInnerRepeatsTypeCell() throws IOException {
        XlsFormImport imported = importRows(
                new String[] {"begin repeat", "member", "Jäsen", "2", "", ""},
                new String[] {"begin repeat", "job", "Työ", "2", "", ""},
                new String[] {"text", "employer", "Työnantaja?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""});

        assertThat(errors(imported)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("survey!A3");
            assertThat(problem.message()).startsWith("a repeat inside a repeat is not supported");
        });
    }

    @Test
    void aCountBeyondWhatMittariAsksIsRefusedAtTheCountCell() throws IOException {
        XlsFormImport literal = importRows(
                new String[] {"begin repeat", "member", "Jäsen", "50", "", ""},
                new String[] {"text", "name", "Nimi?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""});
        XlsFormImport bounded = importRows(
                new String[] {"integer", "members", "Montako?", "", "", ". <= 30"},
                new String[] {"begin repeat", "member", "Jäsen", "${members}", "", ""},
                new String[] {"text", "name", "Nimi?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""});

        assertThat(errors(literal)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("survey!D2");
            assertThat(problem.message()).contains("1 to " + RepeatCount.MOST);
        });
        assertThat(errors(bounded)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("survey!D3");
            assertThat(problem.message()).contains("up to 30 instances");
        });
    }

    @Test
    void aRepeatWithoutNameOrEndAndAnEndWithoutRepeatAreEachRefusedAtTheirRow() throws IOException {
        XlsFormImport nameless = importRows(
                new String[] {"begin repeat", "", "Jäsen", "2", "", ""},
                new String[] {"text", "name", "Nimi?", "", "", ""},
                new String[] {"end repeat", "", "", "", "", ""});
        XlsFormImport unclosed = importRows(
                new String[] {"begin repeat", "member", "Jäsen", "2", "", ""},
                new String[] {"text", "name", "Nimi?", "", "", ""});
        XlsFormImport stray = importRows(
                new String[] {"text", "name", "Nimi?", "", "", ""}, new String[] {"end repeat", "", "", "", "", ""});

        assertThat(errors(nameless)).extracting(DefinitionProblem::path).containsExactly("survey!B2");
        assertThat(errors(unclosed)).extracting(DefinitionProblem::path).containsExactly("survey!A2");
        assertThat(errors(stray)).extracting(DefinitionProblem::path).containsExactly("survey!A3");
    }

    private static XlsFormImport importRows(String[]... rows) throws IOException {
        String[][] survey = new String[rows.length + 1][];
        survey[0] = HEADER;
        System.arraycopy(rows, 0, survey, 1, rows.length);
        return XlsFormWorkbooks.importForm(survey, YES_NO);
    }
}
