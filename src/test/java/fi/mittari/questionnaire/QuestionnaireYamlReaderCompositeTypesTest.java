package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderCompositeTypesTest {

    private static final String HEADER =
            """
            key: composite
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Kysely}
            choiceLists:
              grades:
                - {value: poor, label: {fi: Heikko}}
                - {value: good, label: {fi: Hyvä}}
            questions:
            """;

    /** The line of the first question in {@link #HEADER}'s files. */
    private static final int FIRST = 10;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    private Question only(String question) {
        DefinitionResult result = reader.read("q.yaml", HEADER + question);
        assertThat(result).as(() -> result.problems().toString()).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire().questions().get(0);
    }

    private List<DefinitionProblem> problems(String question) {
        DefinitionResult result = reader.read("q.yaml", HEADER + question);
        assertThat(result).isInstanceOf(DefinitionResult.Rejected.class);
        return result.problems();
    }

    @Test
    void readsALikertScaleOfFivePointsByDefaultWithItsPointsAsChoices() {
        var q = (LikertQuestion)
                only(
                        """
                  - key: welcome
                    type: likert
                    minLabel: {fi: Eri mieltä}
                    maxLabel: {fi: Samaa mieltä}
                    label: {fi: Tunsin itseni tervetulleeksi}
                """);
        assertThat(q.points()).isEqualTo(5);
        assertThat(q.maxLabel()).isEqualTo(LocalizedText.of(Language.FI, "Samaa mieltä"));
        assertThat(q.singleAnswerChoices())
                .extracting(Choice::value, c -> c.label().in(Language.SV, Language.FI))
                .containsExactly(tuple("1", "1"), tuple("2", "2"), tuple("3", "3"), tuple("4", "4"), tuple("5", "5"));
    }

    @Test
    void labelsEveryPointOfALikertScale() {
        var q = (LikertQuestion)
                only(
                        """
                  - key: often
                    type: likert
                    points: 3
                    labels: [{fi: Harvoin}, {fi: Joskus}, {fi: Usein}]
                    label: {fi: "Kuinka usein?"}
                """);
        assertThat(q.singleAnswerChoices())
                .extracting(c -> c.label().in(Language.FI, Language.FI))
                .containsExactly("Harvoin", "Joskus", "Usein");
    }

    @Test
    void placesLikertProblemsAtThePointsAndTheLabels() {
        assertThat(
                        problems(
                                """
                  - key: welcome
                    type: likert
                    points: 12
                    label: {fi: Tervetullut}
                  - key: often
                    type: likert
                    points: 4
                    labels: [{fi: Harvoin}, {fi: Joskus}, {fi: Usein}]
                    label: {fi: "Kuinka usein?"}
                """))
                .extracting(DefinitionProblem::line, DefinitionProblem::column, DefinitionProblem::message)
                .containsExactly(
                        tuple(FIRST + 2, 13, "a Likert scale has 3 to 11 points, found 12"),
                        tuple(FIRST + 7, 13, "labels must name every point: the scale has 4 points, labels has 3"));
    }

    @Test
    void readsAMatrixWithItsItemsOnASharedChoiceList() {
        var q = (MatrixQuestion)
                only(
                        """
                  - key: event
                    type: matrix
                    required: true
                    label: {fi: Arvioi}
                    items:
                      - {key: venue, label: {fi: Paikka}}
                      - {key: programme, label: {fi: Ohjelma}}
                    choices: grades
                """);
        assertThat(q.required()).isTrue();
        assertThat(q.items()).extracting(MatrixItem::key).containsExactly("venue", "programme");
        assertThat(q.choices()).extracting(Choice::value).containsExactly("poor", "good");
        assertThat(q.answerKey(q.items().get(1))).isEqualTo("event.programme");
        assertThat(q.singleAnswerChoices()).isEmpty();
    }

    @Test
    void placesMatrixItemProblemsAtTheirKeys() {
        assertThat(
                        problems(
                                """
                  - key: event
                    type: matrix
                    label: {fi: Arvioi}
                    items:
                      - {key: Venue, label: {fi: Paikka}}
                      - {key: programme, label: {fi: Ohjelma}}
                      - {key: programme, label: {fi: Ohjelma taas}}
                      - {label: {fi: Ilman avainta}}
                    choices: grades
                """))
                .extracting(DefinitionProblem::line, DefinitionProblem::column, DefinitionProblem::path)
                .containsExactly(
                        tuple(FIRST + 4, 15, "questions[0].items[0].key"),
                        tuple(FIRST + 6, 15, "questions[0].items[2].key"),
                        tuple(FIRST + 7, 9, "questions[0].items[3]"));
    }

    @Test
    void aMatrixNeedsItems() {
        assertThat(
                        problems(
                                """
                  - key: event
                    type: matrix
                    label: {fi: Arvioi}
                    choices: grades
                """))
                .extracting(DefinitionProblem::line, DefinitionProblem::message)
                .containsExactly(tuple(FIRST, "missing required property 'items'"));
    }

    @Test
    void readsARankingOfTheTopChoices() {
        var q = (RankingQuestion)
                only(
                        """
                  - key: helps
                    type: ranking
                    rankCount: 1
                    label: {fi: "Mikä auttaa?"}
                    choices: grades
                """);
        assertThat(q.ranks()).isEqualTo(1);
        assertThat(q.choices()).hasSize(2);
    }

    @Test
    void refusesARankCountBeyondTheChoices() {
        assertThat(
                        problems(
                                """
                  - key: helps
                    type: ranking
                    rankCount: 3
                    label: {fi: "Mikä auttaa?"}
                    choices: grades
                """))
                .extracting(DefinitionProblem::line, DefinitionProblem::column, DefinitionProblem::message)
                .containsExactly(
                        tuple(FIRST + 2, 16, "rankCount must be from 1 to the number of choices (2), found 3"));
    }

    @Test
    void otherAddsTheChoiceOtherInTheStandardOrOwnWords() {
        var single = (SingleChoiceQuestion)
                only(
                        """
                  - key: situation
                    type: single_choice
                    other: true
                    label: {fi: Tilanne}
                    choices: grades
                """);
        assertThat(single.other()).contains(OtherChoice.standard());
        assertThat(single.singleAnswerChoices())
                .extracting(Choice::value, c -> c.label().in(Language.EN, Language.FI))
                .containsExactly(
                        tuple("poor", "Heikko"), tuple("good", "Hyvä"), tuple("other", "Other, please specify"));
        var multiple = (MultipleChoiceQuestion)
                only(
                        """
                  - key: goals
                    type: multiple_choice
                    other: {label: {fi: Jokin muu}}
                    label: {fi: Tavoitteet}
                    choices: grades
                """);
        assertThat(multiple.other())
                .isEqualTo(Optional.of(new OtherChoice(LocalizedText.of(Language.FI, "Jokin muu"))));
        assertThat(multiple.choice("other")).isPresent();
    }

    @Test
    void refusesOtherBesideAWrittenChoiceValuedOtherAndAnythingButTrueFalseOrALabel() {
        assertThat(
                        problems(
                                """
                  - key: situation
                    type: single_choice
                    other: true
                    label: {fi: Tilanne}
                    choices:
                      - {value: other, label: {fi: Muu}}
                  - key: goals
                    type: multiple_choice
                    other: maybe
                    label: {fi: Tavoitteet}
                    choices: grades
                """))
                .extracting(DefinitionProblem::line, DefinitionProblem::column, DefinitionProblem::message)
                .containsExactly(
                        tuple(
                                FIRST + 2,
                                12,
                                "other adds the choice 'other', but the choices already have one; rename that choice"
                                        + " or drop other"),
                        tuple(FIRST + 8, 12, "expected true or false, found 'maybe'"));
    }

    @Test
    void otherDoesNotApplyToARating() {
        assertThat(
                        problems(
                                """
                  - key: score
                    type: rating
                    other: true
                    label: {fi: Arvosana}
                """))
                .extracting(DefinitionProblem::line, DefinitionProblem::message)
                .containsExactly(tuple(FIRST + 2, "property 'other' does not apply to a rating question"));
    }
}
