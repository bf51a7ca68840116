package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What pyxform accepts in a choice filter and its choices that Mittari reads with care: a name repeated in a list,
 * a bare word that is no column, and a filter over the choices' labels.
 */
class XlsFormChoiceFilterLeniencyTest {

    private static final String[][] CASCADE = {
        {"type", "name", "label", "choice_filter"},
        {"select_one states", "state", "State?", ""},
        {"select_one counties", "county", "County?", "${state}=cf"}
    };

    private static String[][] counties(String secondKingLabel) {
        return new String[][] {
            {"list_name", "name", "label", "cf"},
            {"states", "texas", "Texas", ""},
            {"states", "washington", "Washington", ""},
            {"counties", "king", "King", "washington"},
            {"counties", "pierce", "Pierce", "washington"},
            {"counties", "king", secondKingLabel, "texas"}
        };
    }

    private static XlsFormImport importAllowingRepeats(String[][] survey, String[][] choices) throws IOException {
        XSSFWorkbook workbook = XlsFormWorkbooks.workbook(survey, choices);
        workbook.removeSheetAt(workbook.getSheetIndex("settings"));
        XlsFormWorkbooks.fill(
                workbook.createSheet("settings"),
                new String[][] {{"form_title", "form_id", "allow_choice_duplicates"}, {"Form", "form", "yes"}});
        return XlsFormWorkbooks.importWorkbook(workbook);
    }

    @Test
    void aNameRepeatedInAListIsRefusedAtItsCellUnlessTheSettingsAllowIt() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(CASCADE, counties("King"));

        assertThat(errors(imported)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("choices!B6");
            assertThat(error.message())
                    .isEqualTo("choice name 'king' is already in list 'counties' on line 4, so answers could not tell"
                            + " the two apart; if that is meant (one name under two parents in a cascade), write"
                            + " allow_choice_duplicates: yes on the settings sheet");
        });
    }

    @Test
    void aRepeatWithTheSameLabelIsOneChoiceOfferedWhereverTheFilterKeepsEitherRow() throws IOException {
        XlsFormImport imported = importAllowingRepeats(CASCADE, counties("King"));

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("choiceFilter: (state=choice('cf')) or choice('value') = 'king' and (state='texas')")
                .containsOnlyOnce("value: king");
        assertThat(imported.problems())
                .filteredOn(problem -> problem.path().equals("choices!B6"))
                .extracting(DefinitionProblem::message)
                .containsExactly("choice 'king' repeats line 4 with the same label: it is one choice, stored as"
                        + " 'king' as in ODK, and offered wherever the choice_filter keeps either row");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aRepeatWithAnotherLabelIsAnotherChoiceStoredUnderAValueOfItsOwn() throws IOException {
        XlsFormImport imported = importAllowingRepeats(CASCADE, counties("King (Texas)"));

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("value: king_2").contains("choiceFilter: state=choice('cf')");
        assertThat(imported.problems())
                .filteredOn(problem -> problem.path().equals("choices!B6"))
                .extracting(DefinitionProblem::message)
                .containsExactly("choice 'king' repeats the name of line 4 with another label, so it is another"
                        + " choice: it is stored as 'king_2' (ODK stores 'king' for both)");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aBareWordThatIsNoColumnReadsAsEmptyAsInOdkWithAWarningAtItsCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "choice_filter"}, {"select_one colors", "pastel", "Pastel?", "pastel=yes"}
                },
                new String[][] {
                    {"list name", "name", "label", "pastel"},
                    {"colors", "red", "red", "no"},
                    {"colors", "mauve", "mauve", "yes"}
                });

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("choiceFilter: choice('pastel')=''");
        assertThat(imported.problems())
                .filteredOn(problem -> problem.path().equals("survey!D2"))
                .extracting(DefinitionProblem::message)
                .containsExactly("choice_filter: 'yes' is not a column of this question's choices (columns: label,"
                        + " name, pastel), so it reads as empty, as in ODK; to compare with the text, write 'yes' in"
                        + " quotes");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aFilterOverLabelsComparesWithTheLabelInThatLanguageAndABareLabelIsInTheFormsDefaultLanguage()
            throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label::English (en)", "choice_filter"},
                    {"select_one yn", "first", "First?", "label::English != 'No'"},
                    {"select_one yn", "second", "Second?", "label = 'Yes'"}
                },
                new String[][] {
                    {"list_name", "name", "label::English (en)", "label::Finnish (fi)"},
                    {"yn", "yes", "Yes", "Kyllä"},
                    {"yn", "no", "No", "Ei"}
                });

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("choiceFilter: choice('label::en') != 'No'")
                .contains("choiceFilter: choice('label::en') = 'Yes'");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aLabelInALanguageMittariDoesNotOfferIsRefusedAtTheFilterCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "choice_filter"},
                    {"select_one yn", "first", "First?", "label::Swahili != ''"}
                },
                YES_NO);

        assertThat(errors(imported)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("survey!D2");
            assertThat(error.message())
                    .isEqualTo("choice_filter 'label::Swahili != ''' cannot be translated: 'label::Swahili' names"
                            + " language 'Swahili', which Mittari does not offer (Finnish (fi), Swedish (sv) and"
                            + " English (en))");
        });
    }

    @Test
    void aChoiceLabelShowingAnEarlierAnswerIsKeptWithTheQuestionsKey() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label"}, {"text", "Name1", "Name?"}, {"select_one names", "pick", "Pick?"}
                },
                new String[][] {{"list_name", "name", "label"}, {"names", "self", "Me (${Name1})"}});

        assertThat(imported.problems()).noneMatch(problem -> problem.path().startsWith("choices!"));
        assertThat(imported.yaml()).contains("Me (${name1})");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aChoiceLabelShowingAnUnknownAnswerIsRefusedAtItsCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label"}, {"text", "name1", "Name?"}, {"select_one names", "pick", "Pick?"}
                },
                new String[][] {{"list_name", "name", "label"}, {"names", "self", "Me (${nmae1})"}});

        assertThat(errors(imported)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("choices!C2");
            assertThat(error.message())
                    .isEqualTo("label refers to ${nmae1}, which is not a question in the survey sheet");
        });
    }
}
