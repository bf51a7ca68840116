package fi.mittari.questionnaire.expression;

import static fi.mittari.questionnaire.expression.ExpressionPrinter.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Realistic conditions and constraints from employment surveys, from text through checking to evaluation. */
class EmploymentSurveyExpressionsTest {

    private static final Map<String, ValueType> QUESTIONS = Map.of(
            "new_partners", ValueType.CHOICE,
            "partner_activities", ValueType.CHOICES,
            "employment_status", ValueType.CHOICE,
            "weekly_hours", ValueType.NUMBER,
            "baseline_date", ValueType.DATE,
            "followup_date", ValueType.DATE);

    private final ExpressionChecker checker = new ExpressionChecker();
    private final ExpressionEvaluator evaluator = new ExpressionEvaluator(LocalDate.of(2025, 9, 1));
    private final Map<String, Value> answers = new HashMap<>();

    private Expression checkedCondition(String text) {
        Expression expression = parsed(text);
        assertThat(checker.check(expression, QUESTIONS, Optional.empty(), ValueType.BOOLEAN))
                .isEmpty();
        return expression;
    }

    private boolean holds(Expression expression) {
        return evaluator.isTrue(expression, answers::get, Value.EMPTY);
    }

    @Test
    void followUpQuestionAppearsOnlyWhenThereAreNewPartners() {
        Expression condition = checkedCondition("new_partners = 'yes'");
        assertThat(holds(condition)).isFalse();
        answers.put("new_partners", new Value.Text("yes"));
        assertThat(holds(condition)).isTrue();
        answers.put("new_partners", new Value.Text("no"));
        assertThat(holds(condition)).isFalse();
    }

    @Test
    void activityQuestionAppearsWhenAtLeastOneActivityIsSelected() {
        Expression condition = checkedCondition("count(partner_activities) >= 1");
        assertThat(holds(condition)).isFalse();
        answers.put("partner_activities", new Value.Choices(List.of("job_shadowing")));
        assertThat(holds(condition)).isTrue();
    }

    @Test
    void employmentQuestionsAppearForOpenMarketAndWageSubsidyWork() {
        Expression condition = checkedCondition("employment_status in ['open_market', 'wage_subsidy']");
        assertThat(holds(condition)).isFalse();
        answers.put("employment_status", new Value.Text("wage_subsidy"));
        assertThat(holds(condition)).isTrue();
        answers.put("employment_status", new Value.Text("unemployed"));
        assertThat(holds(condition)).isFalse();
        assertThat(condition.references()).containsExactly("employment_status");
    }

    @Test
    void weeklyHoursMustBeBetweenZeroAndEighty() {
        Expression constraint = parsed(". >= 0 and . <= 80");
        assertThat(checker.check(constraint, QUESTIONS, Optional.of(ValueType.NUMBER), ValueType.BOOLEAN))
                .isEmpty();
        assertThat(evaluator.isTrue(constraint, answers::get, new Value.Num(new BigDecimal("37.5"))))
                .isTrue();
        assertThat(evaluator.isTrue(constraint, answers::get, new Value.Num(BigDecimal.valueOf(80))))
                .isTrue();
        assertThat(evaluator.isTrue(constraint, answers::get, new Value.Num(BigDecimal.valueOf(-1))))
                .isFalse();
        assertThat(evaluator.isTrue(constraint, answers::get, new Value.Num(BigDecimal.valueOf(81))))
                .isFalse();
    }

    @Test
    void weeklyHoursConstraintIsRejectedAsACondition() {
        assertThat(checker.check(parsed(". >= 0 and . <= 80"), QUESTIONS, Optional.empty(), ValueType.BOOLEAN))
                .extracting(ExpressionProblem::column)
                .containsExactly(1, 12);
    }

    @Test
    void followUpMustComeAfterTheBaseline() {
        Expression condition = checkedCondition("not empty(followup_date) and followup_date > baseline_date");
        answers.put("baseline_date", new Value.Day(LocalDate.of(2025, 1, 15)));
        assertThat(holds(condition)).isFalse();
        answers.put("followup_date", new Value.Day(LocalDate.of(2025, 6, 15)));
        assertThat(holds(condition)).isTrue();
        answers.put("followup_date", new Value.Day(LocalDate.of(2024, 12, 31)));
        assertThat(holds(condition)).isFalse();
        assertThat(condition.references()).containsExactly("followup_date", "baseline_date");
    }

    @Test
    void misspeltStatusKeyGetsASuggestion() {
        assertThat(checker.check(
                        parsed("employment_stats = 'open_market'"), QUESTIONS, Optional.empty(), ValueType.BOOLEAN))
                .extracting(ExpressionProblem::message)
                .containsExactly("unknown question 'employment_stats'; did you mean 'employment_status'?");
    }
}
