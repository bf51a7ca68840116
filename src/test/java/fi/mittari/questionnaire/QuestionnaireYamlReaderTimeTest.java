package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderTimeTest {

    private static final String HEADER =
            """
            key: visits
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Käynnit}
            questions:
            """;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    private Question only(String question) {
        DefinitionResult result = reader.read("q.yaml", HEADER + question);
        assertThat(result).as(() -> result.problems().toString()).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire().questions().get(0);
    }

    private List<String> problems(String question) {
        DefinitionResult result = reader.read("q.yaml", HEADER + question);
        assertThat(result).isInstanceOf(DefinitionResult.Rejected.class);
        return result.problems().stream().map(DefinitionProblem::describe).toList();
    }

    @Test
    void readsATimeOfDayWithBoundsWrittenUnquotedOrQuoted() {
        var q = (TimeQuestion)
                only(
                        """
                  - key: arrived
                    type: time
                    required: true
                    min: 07:00
                    max: "18:30"
                    label: {fi: "Mihin aikaan saavuit?"}
                """);
        assertThat(q.min()).contains(LocalTime.of(7, 0));
        assertThat(q.max()).contains(LocalTime.of(18, 30));
        assertThat(q.typeName()).isEqualTo("time");
        assertThat(QuestionType.of(q)).isEqualTo(QuestionType.TIME);
    }

    @Test
    void readsADatetimeWithBounds() {
        var q = (DateTimeQuestion)
                only(
                        """
                  - key: started
                    type: datetime
                    min: 2026-01-01T08:00
                    max: 2026-12-31T20:00
                    label: {fi: "Milloin tilaisuus alkoi?"}
                """);
        assertThat(q.min()).contains(LocalDateTime.of(2026, 1, 1, 8, 0));
        assertThat(q.max()).contains(LocalDateTime.of(2026, 12, 31, 20, 0));
        assertThat(QuestionType.of(q)).isEqualTo(QuestionType.DATETIME);
    }

    @Test
    void refusesBoundsThatAreNotTimesNamingTheFormExpected() {
        assertThat(
                        problems(
                                """
                  - key: arrived
                    type: time
                    min: "9.30"
                    label: {fi: "Mihin aikaan?"}
                """))
                .anySatisfy(p -> assertThat(p)
                        .contains("questions[0].min")
                        .contains("expected a time of day like 09:30, found '9.30'"));
        assertThat(
                        problems(
                                """
                  - key: started
                    type: datetime
                    max: 2026-12-31
                    label: {fi: "Milloin?"}
                """))
                .anySatisfy(p -> assertThat(p).contains("expected a date and time like 2025-01-31T09:30"));
    }

    @Test
    void refusesAMaxBeforeTheMin() {
        assertThat(
                        problems(
                                """
                  - key: arrived
                    type: time
                    min: "18:00"
                    max: "08:00"
                    label: {fi: "Mihin aikaan?"}
                """))
                .anySatisfy(p -> assertThat(p).contains("max (08:00) must not be before min (18:00)"));
    }

    @Test
    void aTimeCanBeComparedInAConditionAndADatetimeInAConstraint() {
        DefinitionResult result = reader.read(
                "q.yaml",
                HEADER
                        + """
                  - key: arrived
                    type: time
                    label: {fi: "Mihin aikaan saavuit?"}
                  - key: late_reason
                    type: text
                    relevant: arrived > time('09:15')
                    label: {fi: "Miksi myöhästyit?"}
                  - key: started
                    type: datetime
                    constraint: . >= datetime('2026-01-01T00:00')
                    label: {fi: "Milloin?"}
                """);
        assertThat(result).as(() -> result.problems().toString()).isInstanceOf(DefinitionResult.Accepted.class);
    }

    @Test
    void refusesComparingATimeWithADate() {
        DefinitionResult result = reader.read(
                "q.yaml",
                HEADER
                        + """
                  - key: arrived
                    type: time
                    label: {fi: "Mihin aikaan saavuit?"}
                  - key: late_reason
                    type: text
                    relevant: arrived > date('2026-01-01')
                    label: {fi: "Miksi myöhästyit?"}
                """);
        assertThat(result.problems()).extracting(DefinitionProblem::message).anySatisfy(m -> assertThat(m)
                .contains("cannot compare a time of day with a date"));
    }
}
