package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionDiffPagesTest {

    private static Questionnaire read(String body) {
        var result = new QuestionnaireYamlReader()
                .read(
                        "v.yaml",
                        """
                key: followup
                defaultLanguage: fi
                languages: [fi]
                title: {fi: Seuranta}
                """
                                + body);
        assertThat(result).as(result.problems()::toString).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire();
    }

    private static final Questionnaire V1 = read(
            """
            pages:
              - key: situation
                title: {fi: Tilanne}
                questions:
                  - {key: status, type: yes_no, label: {fi: "Töissä?"}}
                  - {key: hours, type: number, label: {fi: Tunnit}}
              - key: feedback
                title: {fi: Palaute}
                questions:
                  - {key: comments, type: text, label: {fi: Kommentit}}
            """);

    @Test
    void reportsPagesAddedRemovedRetitledAndQuestionsMovedWithoutTouchingStoredAnswers() {
        Questionnaire v2 = read(
                """
                pages:
                  - key: situation
                    title: {fi: Tilanteesi nyt}
                    questions:
                      - {key: status, type: yes_no, label: {fi: "Töissä?"}}
                  - key: work
                    title: {fi: Työ}
                    relevant: status = 'yes'
                    questions:
                      - {key: hours, type: number, label: {fi: Tunnit}}
                      - {key: comments, type: text, label: {fi: Kommentit}}
                """);

        var changes = VersionDiff.between(V1, v2);

        assertThat(changes)
                .containsExactly(
                        new VersionChange.QuestionMoved("hours", "situation", "work"),
                        new VersionChange.QuestionMoved("comments", "feedback", "work"),
                        new VersionChange.PageRetitled("situation"),
                        new VersionChange.PageAdded("work"),
                        new VersionChange.PageRemoved("feedback"));
        assertThat(changes).noneMatch(VersionChange::affectsStoredAnswers);
        assertThat(changes.get(3).questionKey()).isEmpty();
        assertThat(changes.get(3).pageKey()).isEqualTo("work");
    }

    @Test
    void aQuestionnaireThatGainsPagesReportsThePagesNotEveryQuestionMoved() {
        Questionnaire flat = read(
                """
                questions:
                  - {key: status, type: yes_no, label: {fi: "Töissä?"}}
                  - {key: hours, type: number, label: {fi: Tunnit}}
                  - {key: comments, type: text, label: {fi: Kommentit}}
                """);

        assertThat(VersionDiff.between(flat, V1))
                .containsExactly(new VersionChange.PageAdded("situation"), new VersionChange.PageAdded("feedback"));
        assertThat(VersionDiff.between(V1, flat))
                .containsExactly(new VersionChange.PageRemoved("situation"), new VersionChange.PageRemoved("feedback"));
        assertThat(VersionDiff.between(V1, V1)).isEmpty();
    }
}
