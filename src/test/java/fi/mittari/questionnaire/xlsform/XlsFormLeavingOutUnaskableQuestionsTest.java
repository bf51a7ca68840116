package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.accepted;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.importWorkbook;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import's choice to leave out the questions Mittari cannot ask, instead of refusing the form for them. */
class XlsFormLeavingOutUnaskableQuestionsTest {

    private static final String[][] WITH_A_LOCATION = {
        {"type", "name", "label"},
        {"select_one yn", "visited", "Did you visit?"},
        {"geopoint", "where", "Where are you?"},
        {"text", "comment", "Anything else?"}
    };

    private static XlsFormImport leavingOut(String[][] survey) throws IOException {
        return importWorkbook(workbook(survey, YES_NO), UnaskableQuestions.LEAVE_OUT);
    }

    private static List<String> warnings(XlsFormImport imported) {
        return imported.problems().stream()
                .filter(problem -> problem.severity() == DefinitionProblem.Severity.WARNING)
                .map(problem -> problem.path() + " " + problem.message())
                .toList();
    }

    @Test
    void aLocationQuestionRefusesTheFormByDefaultAndTheRefusalNamesTheChoice() throws IOException {
        XlsFormImport imported = importWorkbook(workbook(WITH_A_LOCATION, YES_NO));

        assertThat(errors(imported)).extracting(DefinitionProblem::path).containsExactly("survey!A3");
        assertThat(errors(imported).get(0).message())
                .startsWith("type 'geopoint': geopoint answers are not collected by Mittari")
                .endsWith("to import the form without it, choose to leave out the questions Mittari cannot ask");
    }

    @Test
    void aLeftOutLocationQuestionIsMissingWithAWarningAtItsTypeCell() throws IOException {
        XlsFormImport imported = leavingOut(WITH_A_LOCATION);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("visited").contains("comment").doesNotContain("where");
        assertThat(warnings(imported))
                .containsExactly("survey!A3 question 'where' (survey!A3) left out: geopoint answers are not"
                        + " collected by Mittari");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void everyKindOfLocationMediaFileCodeAndMapQuestionIsLeftOut() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label"},
            {"text", "kept", "Kept"},
            {"gps", "a", "A"},
            {"geotrace", "b", "B"},
            {"geoshape", "c", "C"},
            {"image", "d", "D"},
            {"photo", "e", "E"},
            {"audio", "f", "F"},
            {"video", "g", "G"},
            {"file", "h", "H"},
            {"barcode", "i", "I"},
            {"osm building", "j", "J"},
            {"background-audio", "k", ""}
        });

        assertThat(errors(imported)).isEmpty();
        assertThat(warnings(imported)).hasSize(11).allMatch(warning -> warning.contains("left out: "));
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aSelectFromAFileIsStillRefusedSinceItsChoicesExistButCannotBeRead() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label"},
            {"text", "kept", "Kept"},
            {"select_one_from_file towns.csv", "town", "Town"}
        });

        assertThat(errors(imported))
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(tuple(
                        "survey!A3",
                        "type 'select_one_from_file towns.csv': choices from an external file are not supported"
                                + " by Mittari; move them to the choices sheet"));
    }

    @Test
    void aConditionReadingALeftOutAnswerRefusesTheFormAtTheConditionsCell() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label", "relevant"},
            {"geopoint", "where", "Where are you?", ""},
            {"text", "why", "Why not?", "${where} = ''"}
        });

        assertThat(errors(imported))
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(tuple(
                        "survey!D3",
                        "survey!D3 refers to 'where', which is left out (geopoint answers are not collected by"
                                + " Mittari): whether to ask it cannot be worked out without that answer; rewrite"
                                + " the cell without it or remove it"));
    }

    @Test
    void aLabelShowingALeftOutAnswerRefusesTheFormAtTheLabelsCell() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label::English", "label::Suomi"},
            {"barcode", "code", "Scan", "Skannaa"},
            {"note", "shown", "You scanned ${code}", "Skannasit ${ code }"}
        });

        assertThat(errors(imported)).extracting(DefinitionProblem::path).containsExactly("survey!C3", "survey!D3");
        assertThat(errors(imported).get(0).message())
                .contains("refers to 'code', which is left out")
                .contains("the text shows that answer, which would be missing");
    }

    @Test
    void aCalculationAChoiceFilterAndARepeatCountOnALeftOutAnswerAreEachRefusedAtTheirCell() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label", "calculation", "choice_filter", "repeat_count"},
            {"geopoint", "where", "Where?", "", "", ""},
            {"calculate", "lat", "", "selected-at(${where}, 0)", "", ""},
            {"select_one yn", "sure", "Sure?", "", "${where} != ''", ""},
            {"begin repeat", "visits", "Visits", "", "", "count-selected(${where})"},
            {"text", "place", "Place", "", "", ""},
            {"end repeat", "", "", "", "", ""}
        });

        assertThat(errors(imported))
                .extracting(DefinitionProblem::path)
                .containsExactly("survey!D3", "survey!E4", "survey!F5");
        assertThat(errors(imported))
                .extracting(DefinitionProblem::message)
                .allMatch(message -> message.contains("refers to 'where', which is left out"));
    }

    @Test
    void aLeftOutRowsOwnConditionGoesWithItAndRefusesNothing() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label", "relevant"},
            {"select_one yn", "visited", "Did you visit?", ""},
            {"geopoint", "where", "Where?", "${visited} = 'yes'"},
            {"image", "photo", "Photo of it", "${where} != ''"}
        });

        assertThat(errors(imported)).isEmpty();
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aGroupLeftEmptyIsDroppedWithAWarningAndItsNeighboursKeepTheirPages() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label"},
            {"begin group", "about", "About you"},
            {"integer", "age", "How old are you?"},
            {"end group", "", ""},
            {"begin group", "media", "Media"},
            {"image", "picture", "May I take your picture?"},
            {"begin group", "inner", "Inner"},
            {"audio", "voice", "Say something"},
            {"end group", "", ""},
            {"end group", "", ""},
            {"begin group", "more", "More"},
            {"text", "comment", "Anything else?"},
            {"end group", "", ""}
        });

        assertThat(errors(imported)).isEmpty();
        assertThat(warnings(imported))
                .containsExactly(
                        "survey!A6 question 'picture' (survey!A6) left out: image answers are not collected by"
                                + " Mittari",
                        "survey!A8 question 'voice' (survey!A8) left out: audio answers are not collected by Mittari",
                        "survey!A7 group 'inner' (survey!A7) left out: every question in it is left out",
                        "survey!A5 group 'media' (survey!A5) left out: every question in it is left out");
        var read = new QuestionnaireYamlReader().read("form.xlsx", imported.yaml());
        assertThat(read).isInstanceOf(DefinitionResult.Accepted.class);
        assertThat(((DefinitionResult.Accepted) read).questionnaire().pages())
                .extracting(fi.mittari.questionnaire.Page::key)
                .containsExactly("about", "more");
    }

    @Test
    void aGroupWithAQuestionLeftKeepsItsPage() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label"},
            {"begin group", "visit", "Visit"},
            {"geopoint", "where", "Where?"},
            {"note", "thanks", "Thank you"},
            {"end group", "", ""}
        });

        assertThat(warnings(imported)).noneMatch(warning -> warning.contains("group 'visit'"));
        assertThat(imported.yaml()).contains("key: visit");
    }

    @Test
    void aReferenceToALeftOutGroupIsRefusedToo() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label", "relevant"},
            {"begin repeat", "photos", "Photos", ""},
            {"image", "photo", "Photo", ""},
            {"end repeat", "", "", ""},
            {"text", "comment", "About the photos", "count(${photos}) > 0"}
        });

        // Mittari has no count() either, which the translator reports after this, at the same cell
        assertThat(errors(imported).get(0))
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .isEqualTo(List.of(
                        "survey!D5",
                        "survey!D5 refers to 'photos', which is left out (every question in it is left out):"
                                + " whether to ask it cannot be worked out without that answer; rewrite the cell"
                                + " without it or remove it"));
    }

    @Test
    void aFormOfNothingButUnaskableQuestionsIsRefusedForWantOfAQuestion() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label"},
            {"gps", "location", "GPS"}
        });

        assertThat(errors(imported)).isEmpty();
        var read = new QuestionnaireYamlReader().read("form.xlsx", imported.yaml());
        assertThat(read.problems())
                .extracting(DefinitionProblem::message)
                .anyMatch(message -> message.startsWith("add at least one question"));
    }

    @Test
    void metadataIsIgnoredAsWithoutTheChoice() throws IOException {
        XlsFormImport imported = leavingOut(new String[][] {
            {"type", "name", "label"},
            {"start-geopoint", "began_at", ""},
            {"text", "comment", "Anything else?"}
        });

        assertThat(warnings(imported))
                .containsExactly("survey!A2 metadata 'start-geopoint' is not collected by Mittari; row ignored");
    }
}
