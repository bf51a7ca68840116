package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValidatorTimeTest {

    private static final Questionnaire VISITS = ((DefinitionResult.Accepted)
                    new QuestionnaireYamlReader()
                            .read(
                                    "visits.yaml",
                                    """
            key: visits
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Käynnit}
            questions:
              - key: arrived
                type: time
                min: "07:00"
                max: "18:00"
                label: {fi: "Mihin aikaan saavuit?"}
              - key: late_reason
                type: text
                relevant: arrived > time('09:15')
                label: {fi: "Miksi myöhästyit?"}
              - key: started
                type: datetime
                required: true
                min: 2026-01-01T08:00
                label: {fi: "Milloin tilaisuus alkoi?"}
            """))
            .questionnaire();

    private final AnswerValidator validator = new AnswerValidator(LocalDate.of(2026, 12, 3));

    private AnswerCheck check(Map<String, List<String>> answers) {
        return validator.check(VISITS, new SubmittedAnswers(answers));
    }

    private static Map<String, AnswerValue> valid(AnswerCheck check) {
        assertThat(check).as(check::toString).isInstanceOf(AnswerCheck.Valid.class);
        return ((AnswerCheck.Valid) check)
                .answers().stream().collect(java.util.stream.Collectors.toMap(Answer::questionKey, Answer::value));
    }

    private static AnswerProblem onlyProblem(AnswerCheck check) {
        assertThat(check).as(check::toString).isInstanceOf(AnswerCheck.Invalid.class);
        List<AnswerProblem> problems = ((AnswerCheck.Invalid) check).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void readsTimesAndDatetimesAsTypedIntoTheirTypedValues() {
        var answers = valid(check(Map.of("arrived", List.of("8.45"), "started", List.of("3.12.2026 klo 9.30"))));
        assertThat(answers.get("arrived")).isEqualTo(new AnswerValue.TimeOfDay(LocalTime.of(8, 45)));
        assertThat(answers.get("started")).isEqualTo(new AnswerValue.DateTime(LocalDateTime.of(2026, 12, 3, 9, 30)));
    }

    @Test
    void refusesWhatIsNoTimeNamingTheQuestion() {
        var problem = onlyProblem(
                check(Map.of("arrived", List.of("puoli kymmenen"), "started", List.of("2026-12-03T09:30"))));
        assertThat(problem.questionKey()).isEqualTo("arrived");
        assertThat(problem.reason()).isEqualTo(AnswerProblem.Reason.NOT_A_TIME);
        assertThat(problem.englishMessage()).isEqualTo("must be a time of day like 09:30");
        var noDay = onlyProblem(check(Map.of("started", List.of("9.30"))));
        assertThat(noDay.questionKey()).isEqualTo("started");
        assertThat(noDay.reason()).isEqualTo(AnswerProblem.Reason.NOT_A_DATETIME);
    }

    @Test
    void refusesTimesOutsideTheBoundsNamingTheBound() {
        var early = onlyProblem(check(Map.of("arrived", List.of("6.59"), "started", List.of("2026-12-03T09:30"))));
        assertThat(early.reason()).isEqualTo(AnswerProblem.Reason.TOO_EARLY);
        assertThat(early.englishMessage()).isEqualTo("must be 07:00 or later");
        var before = onlyProblem(check(Map.of("started", List.of("1.1.2026 7.59"))));
        assertThat(before.reason()).isEqualTo(AnswerProblem.Reason.TOO_EARLY);
        // the bound itself, written by each language as it writes a moment ("1.1.2026 8.00"); the API's is ISO
        assertThat(before.arguments()).containsExactly(java.time.LocalDateTime.of(2026, 1, 1, 8, 0));
        assertThat(before.englishMessage()).isEqualTo("must be 2026-01-01 08:00 or later");
        assertThat(onlyProblem(check(Map.of())).reason()).isEqualTo(AnswerProblem.Reason.REQUIRED);
    }

    @Test
    void aConditionComparesTheTimeOfDay() {
        var onTime = check(Map.of(
                "arrived", List.of("09:00"), "late_reason", List.of("bussi"), "started", List.of("2026-12-03T09:30")));
        assertThat(valid(onTime)).doesNotContainKey("late_reason"); // the question was not shown, so not answered
        var late = check(Map.of(
                "arrived", List.of("9.40"), "late_reason", List.of("bussi"), "started", List.of("2026-12-03T09:30")));
        assertThat(valid(late)).containsEntry("late_reason", new AnswerValue.Text("bussi"));
    }
}
