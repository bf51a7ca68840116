package fi.mittari.questionnaire.expression;

import static fi.mittari.questionnaire.expression.ExpressionPrinter.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionEvaluatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private final ExpressionEvaluator evaluator = new ExpressionEvaluator(TODAY);
    private final Map<String, Value> answers = new HashMap<>();

    private Value evaluate(String text) {
        return evaluator.evaluate(parsed(text), answers::get, Value.EMPTY);
    }

    private boolean isTrue(String text) {
        return evaluator.isTrue(parsed(text), answers::get, Value.EMPTY);
    }

    private static Value number(String value) {
        return new Value.Num(new BigDecimal(value));
    }

    private BigDecimal numberOf(String text) {
        Value value = evaluate(text);
        assertThat(value).isInstanceOf(Value.Num.class);
        return ((Value.Num) value).value();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "region = 'x'",
                "region != 'x'",
                "hours < 1",
                "hours <= 1",
                "hours > 1",
                "hours >= 1",
                "hours = 0",
                "region in ['x', 'y']",
                "followup_date > today()",
                "1 != hours"
            })
    void comparisonWithAnUnansweredQuestionIsFalse(String text) {
        assertThat(evaluate(text)).isEqualTo(new Value.Bool(false));
    }

    @Test
    void notOfAComparisonWithAnUnansweredQuestionIsTrue() {
        assertThat(isTrue("not (region = 'x')")).isTrue();
        assertThat(isTrue("not region = 'x'")).isTrue();
    }

    @Test
    void andAndOrAreOrdinaryLogicOverComparisonResults() {
        answers.put("region", new Value.Text("x"));
        assertThat(isTrue("region = 'x' or hours > 1")).isTrue();
        assertThat(isTrue("region = 'x' and hours > 1")).isFalse();
        assertThat(isTrue("region = 'x' and not (hours > 1)")).isTrue();
    }

    @Test
    void unansweredYesNoQuestionCountsAsFalseInLogic() {
        assertThat(isTrue("consent")).isFalse();
        assertThat(isTrue("not consent")).isTrue();
        assertThat(evaluate("consent")).isEqualTo(Value.EMPTY);
    }

    @Test
    void arithmeticWithAnUnansweredQuestionIsEmpty() {
        assertThat(evaluate("hours + 1")).isEqualTo(Value.EMPTY);
        assertThat(evaluate("-hours")).isEqualTo(Value.EMPTY);
        assertThat(evaluate("2 * hours - 1")).isEqualTo(Value.EMPTY);
        assertThat(isTrue("hours + 1 >= 0")).isFalse();
    }

    @Test
    void divisionByZeroIsEmpty() {
        answers.put("hours", number("0"));
        assertThat(evaluate("10 / hours")).isEqualTo(Value.EMPTY);
        assertThat(evaluate("1 / 0.0")).isEqualTo(Value.EMPTY);
        assertThat(isTrue("10 / hours > 1")).isFalse();
    }

    @Test
    void arithmeticFollowsPrecedenceAndKeepsDecimals() {
        answers.put("hours", number("7.5"));
        assertThat(numberOf("hours * 2 + 1")).isEqualByComparingTo("16");
        assertThat(numberOf("(hours - 1.5) / 4")).isEqualByComparingTo("1.5");
        assertThat(numberOf("-hours")).isEqualByComparingTo("-7.5");
        assertThat(numberOf("1 / 3")).isEqualByComparingTo("0.3333333333333333");
    }

    @Test
    void numbersCompareNumericallyWhateverTheirScale() {
        answers.put("hours", number("2.0"));
        assertThat(isTrue("hours = 2")).isTrue();
        assertThat(isTrue("hours in [1, 2]")).isTrue();
        assertThat(isTrue("hours != 2.00")).isFalse();
        assertThat(isTrue("hours < 10")).isTrue();
    }

    @Test
    void textsCompareByEquality() {
        answers.put("feedback", new Value.Text("ok"));
        assertThat(isTrue("feedback = 'ok'")).isTrue();
        assertThat(isTrue("feedback != 'ok'")).isFalse();
        assertThat(isTrue("feedback = 'OK'")).isFalse();
    }

    @Test
    void countAndSelectedWorkOnMultipleChoice() {
        answers.put("activities", new Value.Choices(List.of("mentoring", "recruiting")));
        assertThat(numberOf("count(activities)")).isEqualByComparingTo("2");
        assertThat(isTrue("selected(activities, 'mentoring')")).isTrue();
        assertThat(isTrue("selected(activities, 'training')")).isFalse();
        assertThat(isTrue("answered(activities) and not empty(activities)")).isTrue();
    }

    @Test
    void countOfAnUnansweredOrEmptyMultipleChoiceIsZero() {
        assertThat(numberOf("count(activities)")).isEqualByComparingTo("0");
        assertThat(isTrue("selected(activities, 'mentoring')")).isFalse();
        answers.put("activities", new Value.Choices(List.of()));
        assertThat(numberOf("count(activities)")).isEqualByComparingTo("0");
        assertThat(isTrue("empty(activities)")).isTrue();
    }

    @Test
    void selectedWorksOnSingleChoice() {
        answers.put("new_partners", new Value.Text("yes"));
        assertThat(isTrue("selected(new_partners, 'yes')")).isTrue();
        assertThat(isTrue("selected(new_partners, 'no')")).isFalse();
    }

    @Test
    void emptyAndAnsweredFollowWhetherThereIsAnAnswer() {
        assertThat(isTrue("empty(feedback) and not answered(feedback)")).isTrue();
        answers.put("feedback", new Value.Text("   "));
        assertThat(isTrue("empty(feedback)")).isTrue();
        answers.put("feedback", new Value.Text("hyvä"));
        assertThat(isTrue("answered(feedback) and not empty(feedback)")).isTrue();
    }

    @Test
    void lengthCountsCharactersAndIsZeroWhenUnanswered() {
        assertThat(numberOf("length(feedback)")).isEqualByComparingTo("0");
        answers.put("feedback", new Value.Text("hyvä 👍"));
        assertThat(numberOf("length(feedback)")).isEqualByComparingTo("6");
    }

    @Test
    void inMatchesAnyListItem() {
        answers.put("region", new Value.Text("pirkanmaa"));
        answers.put("hours", number("-3"));
        assertThat(isTrue("region in ['uusimaa', 'pirkanmaa']")).isTrue();
        assertThat(isTrue("region in ['uusimaa']")).isFalse();
        assertThat(isTrue("hours in [1, -3]")).isTrue();
    }

    @Test
    void datesCompareChronologicallyWithTodayAndDateLiterals() {
        answers.put("followup_date", new Value.Day(LocalDate.of(2025, 3, 1)));
        assertThat(evaluate("today()")).isEqualTo(new Value.Day(TODAY));
        assertThat(evaluate("date('2025-01-31')")).isEqualTo(new Value.Day(LocalDate.of(2025, 1, 31)));
        assertThat(isTrue("followup_date <= today()")).isTrue();
        assertThat(isTrue("followup_date > date('2025-02-28')")).isTrue();
        assertThat(isTrue("followup_date = date('2025-03-01')")).isTrue();
        assertThat(isTrue("today() < date('2025-06-15')")).isFalse();
    }

    @Test
    void selfIsTheGivenAnswer() {
        Expression constraint = parsed(". >= 0 and . <= 80");
        assertThat(evaluator.isTrue(constraint, answers::get, number("37.5"))).isTrue();
        assertThat(evaluator.isTrue(constraint, answers::get, number("81"))).isFalse();
        assertThat(evaluator.isTrue(constraint, answers::get, Value.EMPTY)).isFalse();
    }

    @Test
    void missingAnswersFunctionResultIsTreatedAsUnanswered() {
        assertThat(evaluator.evaluate(parsed("hours"), key -> null, null)).isEqualTo(Value.EMPTY);
    }

    @Test
    void booleanLiteralsEvaluateToThemselves() {
        assertThat(isTrue("true and not false")).isTrue();
    }
}
