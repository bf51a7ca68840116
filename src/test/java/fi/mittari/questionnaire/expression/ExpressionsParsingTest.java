package fi.mittari.questionnaire.expression;

import static fi.mittari.questionnaire.expression.ExpressionPrinter.parsed;
import static fi.mittari.questionnaire.expression.ExpressionPrinter.print;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsParsingTest {

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        assertThat(print(parsed("a or b and not c"))).isEqualTo("(a or (b and (not c)))");
    }

    @Test
    void notAppliesToAWholeComparison() {
        assertThat(print(parsed("not a = 'x'"))).isEqualTo("(not (a = 'x'))");
    }

    @Test
    void multiplicationBindsTighterThanAdditionAndArithmeticTighterThanComparison() {
        assertThat(print(parsed("a + b * c >= 2 - d / 4"))).isEqualTo("((a + (b * c)) >= (2 - (d / 4)))");
    }

    @Test
    void arithmeticIsLeftAssociative() {
        assertThat(print(parsed("a - b - c"))).isEqualTo("((a - b) - c)");
        assertThat(print(parsed("a / b * c"))).isEqualTo("((a / b) * c)");
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertThat(print(parsed("(a or b) and c"))).isEqualTo("((a or b) and c)");
        assertThat(print(parsed("(a + b) * c"))).isEqualTo("((a + b) * c)");
    }

    @Test
    void unaryMinusBindsTighterThanMultiplication() {
        assertThat(print(parsed("-a * 2 < - -3"))).isEqualTo("(((-a) * 2) < (-(-3)))");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a = 1|(a = 1)", "a != 1|(a != 1)", "a < 1|(a < 1)", "a <= 1|(a <= 1)", "a > 1|(a > 1)",
                        "a >= 1|(a >= 1)",
                "a+1|(a + 1)", "a-1|(a - 1)", "a*1|(a * 1)", "a/1|(a / 1)", "a and b|(a and b)", "a or b|(a or b)",
                "not a|(not a)", "-a|(-a)"
            })
    void everyOperatorParses(String text, String grouped) {
        assertThat(print(parsed(text))).isEqualTo(grouped);
    }

    @Test
    void literalsParse() {
        assertThat(parsed("2.5")).isEqualTo(new Expression.NumberLiteral(new BigDecimal("2.5"), 1));
        assertThat(parsed("'yes'")).isEqualTo(new Expression.TextLiteral("yes", 1));
        assertThat(parsed("\"ei\"")).isEqualTo(new Expression.TextLiteral("ei", 1));
        assertThat(parsed("\"it's\"")).isEqualTo(new Expression.TextLiteral("it's", 1));
        assertThat(parsed(" true")).isEqualTo(new Expression.BooleanLiteral(true, 2));
        assertThat(parsed("false")).isEqualTo(new Expression.BooleanLiteral(false, 1));
        assertThat(parsed("new_partners")).isEqualTo(new Expression.Reference("new_partners", 1));
        assertThat(parsed(".")).isEqualTo(new Expression.Self(1));
    }

    @Test
    void inTakesAListOfTextsOrNumbers() {
        assertThat(print(parsed("region in ['uusimaa', \"pirkanmaa\"]")))
                .isEqualTo("(region in ['uusimaa', 'pirkanmaa'])");
        assertThat(print(parsed("age in [1, 2.5, -3]"))).isEqualTo("(age in [1, 2.5, -3])");
    }

    @Test
    void inBindsLikeAComparison() {
        assertThat(print(parsed("not a in ['x'] or b"))).isEqualTo("((not (a in ['x'])) or b)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "count(partner_activities)",
                "selected(activities, 'mentoring')",
                "empty(followup_date)",
                "answered(followup_date)",
                "length(feedback)",
                "today()",
                "date('2025-01-31')",
                "count(.)"
            })
    void everyFunctionParses(String text) {
        assertThat(print(parsed(text))).isEqualTo(text);
    }

    @Test
    void callRecordsTheColumnOfItsName() {
        assertThat(parsed("  count(x)"))
                .isInstanceOf(Expression.Call.class)
                .extracting(Expression::column)
                .isEqualTo(3);
    }

    @Test
    void referencesAreTheKeysUsedInOrderOfAppearance() {
        Expression expression = parsed(
                "not empty(followup_date) and followup_date > baseline_date or selected(x, 'a') and . > followup_date");
        assertThat(expression.references()).containsExactly("followup_date", "baseline_date", "x");
    }

    @Test
    void referencesAreEmptyWithoutKeys() {
        assertThat(parsed(". >= 0 and . <= 80").references()).isEmpty();
        assertThat(parsed("today() > date('2025-01-01')").references()).isEmpty();
    }

    @Test
    void referencesIncludeTheLeftOfIn() {
        assertThat(parsed("employment_status in ['open_market']").references()).containsExactly("employment_status");
    }

    @Test
    void expressionNestedFiftyLevelsDeepParses() {
        String text = "(".repeat(49) + "a" + ")".repeat(49);
        assertThat(parsed(text)).isEqualTo(new Expression.Reference("a", 50));
    }
}
