package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    private static Questionnaire read(String questions) {
        var result = new QuestionnaireYamlReader()
                .read(
                        "v.yaml",
                        """
                key: feedback
                defaultLanguage: fi
                languages: [fi]
                title: {fi: Palaute}
                questions:
                """
                                + questions);
        assertThat(result).as(result.problems()::toString).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire();
    }

    private static final Questionnaire V1 = read(
            """
              - key: sector
                type: single_choice
                label: {fi: Sektori}
                choices:
                  - {value: ngo, label: {fi: Järjestö}}
                  - {value: company, label: {fi: Yritys}}
                  - {value: kela, label: {fi: Kela}}
              - key: hours
                type: number
                label: {fi: Tunnit}
              - key: comments
                type: text
                label: {fi: Kommentit}
            """);

    @Test
    void findsEveryKindOfChangeInTheOrderOfTheNewVersion() {
        Questionnaire v2 = read(
                """
                  - key: sector
                    type: single_choice
                    label: {fi: Mitä sektoria edustat}
                    choices:
                      - {value: ngo, label: {fi: Järjestö tai yhdistys}}
                      - {value: company, label: {fi: Yritys}}
                      - {value: education, label: {fi: Oppilaitos}}
                  - key: hours
                    type: rating
                    label: {fi: Tunnit}
                  - key: region
                    type: text
                    label: {fi: Alue}
                """);
        assertThat(VersionDiff.between(V1, v2))
                .containsExactly(
                        new VersionChange.QuestionRelabelled("sector"),
                        new VersionChange.ChoiceRelabelled("sector", "ngo"),
                        new VersionChange.ChoiceAdded("sector", "education"),
                        new VersionChange.ChoiceRemoved("sector", "kela"),
                        new VersionChange.QuestionRetyped("hours", "number", "rating"),
                        new VersionChange.QuestionAdded("region"),
                        new VersionChange.QuestionRemoved("comments"));
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        assertThat(VersionDiff.between(V1, V1)).isEmpty();
    }

    @Test
    void onlyChangesThatReinterpretAnswersAffectStoredAnswers() {
        assertThat(List.of(new VersionChange.QuestionAdded("a"), new VersionChange.ChoiceAdded("a", "b")))
                .noneMatch(VersionChange::affectsStoredAnswers);
        assertThat(List.of(new VersionChange.ChoiceRemoved("a", "b"), new VersionChange.QuestionRelabelled("a")))
                .allMatch(VersionChange::affectsStoredAnswers);
    }

    @Test
    void findsMatrixItemsAddedRemovedAndRelabelledAndTheOtherChoiceAdded() {
        Questionnaire v1 = read(
                """
                  - key: event
                    type: matrix
                    label: {fi: Arvioi}
                    items:
                      - {key: venue, label: {fi: Paikka}}
                      - {key: food, label: {fi: Ruoka}}
                    choices:
                      - {value: poor, label: {fi: Heikko}}
                      - {value: good, label: {fi: Hyvä}}
                  - key: situation
                    type: single_choice
                    label: {fi: Tilanne}
                    choices:
                      - {value: jobseeker, label: {fi: Työnhakija}}
                """);
        Questionnaire v2 = read(
                """
                  - key: event
                    type: matrix
                    label: {fi: Arvioi}
                    items:
                      - {key: venue, label: {fi: Tapahtumapaikka}}
                      - {key: programme, label: {fi: Ohjelma}}
                    choices:
                      - {value: poor, label: {fi: Heikko}}
                      - {value: good, label: {fi: Hyvä}}
                  - key: situation
                    type: single_choice
                    other: true
                    label: {fi: Tilanne}
                    choices:
                      - {value: jobseeker, label: {fi: Työnhakija}}
                """);
        assertThat(VersionDiff.between(v1, v2))
                .containsExactly(
                        new VersionChange.ItemRelabelled("event", "venue"),
                        new VersionChange.ItemAdded("event", "programme"),
                        new VersionChange.ItemRemoved("event", "food"),
                        new VersionChange.ChoiceAdded("situation", "other"));
        assertThat(new VersionChange.ItemRemoved("event", "food").answerKey()).isEqualTo("event.food");
    }
}
