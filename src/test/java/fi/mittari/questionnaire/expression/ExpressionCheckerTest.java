package fi.mittari.questionnaire.expression;

import static fi.mittari.questionnaire.expression.ExpressionPrinter.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionCheckerTest {

    private static final Map<String, ValueType> QUESTIONS = Map.of(
            "new_partners", ValueType.CHOICE,
            "partner_activities", ValueType.CHOICES,
            "hours", ValueType.NUMBER,
            "feedback", ValueType.TEXT,
            "followup_date", ValueType.DATE,
            "baseline_date", ValueType.DATE,
            "consent", ValueType.BOOLEAN);

    private final ExpressionChecker checker = new ExpressionChecker();

    private List<ExpressionProblem> condition(String text) {
        return checker.check(parsed(text), QUESTIONS, Optional.empty(), ValueType.BOOLEAN);
    }

    private List<ExpressionProblem> constraint(String text, ValueType self) {
        return checker.check(parsed(text), QUESTIONS, Optional.of(self), ValueType.BOOLEAN);
    }

    private List<String> messages(List<ExpressionProblem> problems) {
        return problems.stream().map(ExpressionProblem::message).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "new_partners = 'yes'",
                "new_partners != \"no\" or consent",
                "count(partner_activities) >= 1",
                "selected(partner_activities, 'mentoring') and selected(new_partners, 'yes')",
                "new_partners in ['yes', 'maybe']",
                "hours in [10, 20]",
                "hours * 2 + 1 > 3 / hours - -1",
                "not empty(followup_date) and followup_date > baseline_date",
                "answered(feedback) and length(feedback) <= 500",
                "followup_date <= today() and followup_date >= date('2025-01-31')",
                "feedback = 'ok' and consent = true"
            })
    void wellTypedConditionsHaveNoProblems(String text) {
        assertThat(condition(text)).isEmpty();
    }

    @Test
    void selfIsAllowedInAConstraint() {
        assertThat(constraint(". >= 0 and . <= 80", ValueType.NUMBER)).isEmpty();
        assertThat(constraint("count(.) <= 3", ValueType.CHOICES)).isEmpty();
    }

    @Test
    void unknownKeySuggestsTheClosestKey() {
        assertThat(condition("new_partner = 'yes'"))
                .containsExactly(
                        new ExpressionProblem(1, "unknown question 'new_partner'; did you mean 'new_partners'?"));
    }

    @Test
    void unknownKeyFarFromEveryKeyHasNoSuggestion() {
        assertThat(messages(condition("salary > 3"))).containsExactly("unknown question 'salary'");
    }

    @Test
    void everyUnknownKeyIsReportedOnceWithoutFollowUpTypeErrors() {
        assertThat(condition("a > 1 and b = 'x'"))
                .extracting(ExpressionProblem::column)
                .containsExactly(1, 11);
    }

    @Test
    void comparingANumberWithATextIsReported() {
        assertThat(condition("hours = 'ten'"))
                .containsExactly(new ExpressionProblem(7, "cannot compare a number with a text"));
    }

    @Test
    void comparingASingleChoiceWithANumberIsReported() {
        assertThat(messages(condition("new_partners = 1")))
                .containsExactly("cannot compare a single-choice answer with a number");
    }

    @Test
    void orderingTextsIsReported() {
        assertThat(messages(condition("feedback < 'b'")))
                .containsExactly(
                        "'<' cannot be used on texts; only numbers, dates, times and datetimes can be ordered");
    }

    @Test
    void multipleChoiceCannotBeComparedDirectly() {
        assertThat(condition("partner_activities = 'x'"))
                .containsExactly(new ExpressionProblem(
                        1, "a multiple-choice answer can only be used in count, selected, empty or answered"));
    }

    @Test
    void inWithMultipleChoiceOnItsLeftPointsToSelected() {
        assertThat(messages(condition("partner_activities in ['x']")))
                .containsExactly("'in' needs a single-choice,"
                        + " text or number on its left; use selected(key, 'value') for multiple choice");
    }

    @Test
    void inWithADateOnItsLeftIsReported() {
        assertThat(messages(condition("followup_date in ['x']")))
                .containsExactly("'in' needs a single-choice, text or number on its left, but it is a date");
    }

    @Test
    void inListItemOfTheWrongTypeIsReportedAtTheItem() {
        assertThat(condition("hours in [1, 'two']"))
                .containsExactly(new ExpressionProblem(14, "cannot compare a number with a text"));
    }

    @Test
    void logicOnNonBooleansIsReported() {
        assertThat(messages(condition("hours and consent")))
                .containsExactly("'and' needs true/false values on both sides, but its left side is a number");
        assertThat(messages(condition("not feedback")))
                .containsExactly("'not' needs a true/false value, but got a text");
    }

    @Test
    void arithmeticOnNonNumbersIsReported() {
        assertThat(messages(condition("hours + feedback > 1")))
                .containsExactly("'+' needs numbers on both sides, but its right side is a text");
        assertThat(messages(condition("-feedback > 1"))).containsExactly("'-' needs a number, but got a text");
    }

    @Test
    void selfOutsideAConstraintIsReported() {
        assertThat(condition("hours > 1 or . > 2"))
                .containsExactly(new ExpressionProblem(
                        14, "'.' (the answer to this question) can only be used in a constraint"));
    }

    @Test
    void nonBooleanConditionIsReported() {
        assertThat(condition("hours + 1"))
                .containsExactly(
                        new ExpressionProblem(1, "the expression must give a true/false value, but it gives a number"));
    }

    @Test
    void otherExpectedTypesCanBeChecked() {
        assertThat(checker.check(parsed("hours * 2"), QUESTIONS, Optional.empty(), ValueType.NUMBER))
                .isEmpty();
        assertThat(checker.check(parsed("new_partners"), QUESTIONS, Optional.empty(), ValueType.TEXT))
                .isEmpty();
    }

    @Test
    void functionArityIsChecked() {
        assertThat(messages(condition("count(partner_activities, hours) > 1")))
                .containsExactly("count(...) needs 1 argument but was given 2");
        assertThat(messages(condition("today(hours) > followup_date")))
                .containsExactly("today(...) needs 0 arguments but was given 1");
        assertThat(messages(condition("selected(new_partners)")))
                .containsExactly("selected(...) needs 2 arguments but was given 1");
    }

    @Test
    void functionArgumentKindsAreChecked() {
        assertThat(messages(condition("count(hours) > 1")))
                .containsExactly("count needs a multiple-choice question, but this is a number");
        assertThat(messages(condition("count('x') > 1")))
                .containsExactly("count needs a question key, such as count(partner_activities)");
        assertThat(messages(condition("length(hours) > 1")))
                .containsExactly("length needs a text question, but this is a number");
        assertThat(messages(condition("selected(hours, 'x')")))
                .containsExactly("selected needs a single- or multiple-choice question, but this is a number");
        assertThat(messages(condition("selected(new_partners, yes)")))
                .containsExactly("the second argument of selected must be a choice value in quotes, such as 'yes'");
    }

    @Test
    void dateNeedsAValidDateText() {
        assertThat(messages(condition("followup_date > date('2025-02-30')")))
                .containsExactly("'2025-02-30' is not a date; write it as year-month-day, such as date('2025-01-31')");
        assertThat(messages(condition("followup_date > date(3)")))
                .containsExactly("date needs a date in quotes, such as date('2025-01-31')");
    }

    @Test
    void unknownFunctionSuggestsTheClosestFunction() {
        assertThat(messages(condition("cuont(partner_activities) > 1")))
                .containsExactly("unknown function 'cuont';"
                        + " did you mean 'count'? (functions: count, selected, empty, answered, length, today, date,"
                        + " time, datetime,"
                        + " if, concat, int, round, now, selected_at, matches, choice)");
    }

    @Test
    void problemsAreSortedByColumn() {
        assertThat(condition("x = 1 or hours = 'a' or . = 1"))
                .extracting(ExpressionProblem::column)
                .containsExactly(1, 16, 25);
    }
}
