package fi.mittari.questionnaire.expression;

import static fi.mittari.questionnaire.expression.ExpressionPrinter.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** if, concat, int, round, now and selected_at: values worked out by hand, and the types the checker gives. */
class CalculationFunctionsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 15, 14, 5, 9, 123_000_000);

    private static final Map<String, ValueType> QUESTIONS = Map.of(
            "hours", ValueType.NUMBER,
            "name", ValueType.TEXT,
            "region", ValueType.CHOICE,
            "activities", ValueType.CHOICES,
            "visited", ValueType.DATE);

    private final ExpressionEvaluator evaluator = new ExpressionEvaluator(NOW);
    private final Map<String, Value> answers = new HashMap<>();

    private Value evaluate(String text) {
        return evaluator.evaluate(parsed(text), answers::get, Value.EMPTY);
    }

    private ExpressionChecker.Typed typed(String text) {
        return new ExpressionChecker().typeOf(parsed(text), QUESTIONS);
    }

    private List<String> problems(String text) {
        return typed(text).problems().stream().map(ExpressionProblem::message).toList();
    }

    private static Value number(String value) {
        return new Value.Num(new BigDecimal(value));
    }

    private static void assertNumber(Value value, String expected) {
        assertThat(value).isInstanceOf(Value.Num.class);
        assertThat(((Value.Num) value).value()).isEqualByComparingTo(expected);
    }

    @Test
    void ifGivesTheSecondArgumentWhenTheConditionHoldsAndTheThirdOtherwise() {
        answers.put("hours", number("12"));
        assertThat(evaluate("if(hours > 10, 'long', 'short')")).isEqualTo(new Value.Text("long"));
        answers.put("hours", number("3"));
        assertThat(evaluate("if(hours > 10, 'long', 'short')")).isEqualTo(new Value.Text("short"));
    }

    @Test
    void ifOverAnUnansweredQuestionTakesTheThirdArgumentSinceTheComparisonIsFalse() {
        assertThat(evaluate("if(hours > 10, 1, 0)")).isEqualTo(number("0"));
    }

    @Test
    void nestedIfPicksTheAnswerOfTheBranchThatHolds() {
        answers.put("region", new Value.Text("zone_2"));
        answers.put("name", new Value.Text("Oulu"));
        assertThat(evaluate("if(region = 'zone_1', 'Helsinki', if(region = 'zone_2', name, 'ERROR'))"))
                .isEqualTo(new Value.Text("Oulu"));
    }

    @Test
    void concatWritesNumbersWithoutTrailingZerosDatesAsIsoAndChoicesSpaceSeparated() {
        answers.put("hours", number("2.50"));
        answers.put("visited", new Value.Day(java.time.LocalDate.of(2025, 1, 31)));
        answers.put("activities", new Value.Choices(List.of("a", "c")));
        assertThat(evaluate("concat(name, '|', hours, '|', visited, '|', activities, '|', hours > 1)"))
                .isEqualTo(new Value.Text("|2.5|2025-01-31|a c|true"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "fi; Saavuit 7.05, alkoi 3.12.2026 klo 9.30, päivänä 3.12.2026",
                "sv; Saavuit 7.05, alkoi 3.12.2026 kl. 9.30, päivänä 3.12.2026",
                "en; Saavuit 7:05, alkoi 3 Dec 2026, 9:30, päivänä 3 Dec 2026"
            })
    void concatWritesTimesAndDatetimesAsTheRespondentsLanguageDoes(String language, String expected) {
        var inLanguage = new ExpressionEvaluator(NOW, java.util.Locale.forLanguageTag(language));
        answers.put("arrived", new Value.TimeOfDay(java.time.LocalTime.of(7, 5)));
        answers.put("started", new Value.DateTime(LocalDateTime.of(2026, 12, 3, 9, 30)));
        answers.put("visited", new Value.Day(java.time.LocalDate.of(2026, 12, 3)));
        assertThat(inLanguage.evaluate(
                        parsed("concat('Saavuit ', arrived, ', alkoi ', started, ', päivänä ', visited)"),
                        answers::get,
                        Value.EMPTY))
                .isEqualTo(new Value.Text(expected));
    }

    @Test
    void withoutALanguageConcatWritesTimesInTheirStoredIsoForm() {
        answers.put("arrived", new Value.TimeOfDay(java.time.LocalTime.of(7, 5)));
        answers.put("started", new Value.DateTime(LocalDateTime.of(2026, 12, 3, 9, 30)));
        assertThat(evaluate("concat(arrived, '|', started)")).isEqualTo(new Value.Text("07:05|2026-12-03T09:30"));
    }

    @ParameterizedTest
    @CsvSource({"7.9, 7", "-7.9, -7", "3, 3", "0.2, 0"})
    void intCutsTheFractionTowardsZero(String given, String expected) {
        answers.put("hours", number(given));
        assertNumber(evaluate("int(hours)"), expected);
    }

    @ParameterizedTest
    @CsvSource({"2.5, 0, 3", "-2.5, 0, -3", "2.449, 1, 2.4", "2.45, 1, 2.5", "1234.5, -2, 1200", "10, 2, 10"})
    void roundGoesHalfAwayFromZeroToTheDigitsAsked(String given, String digits, String expected) {
        answers.put("hours", number(given));
        assertNumber(evaluate("round(hours, " + digits + ")"), expected);
    }

    @Test
    void roundWithoutDigitsGivesAWholeNumber() {
        answers.put("hours", number("2.5"));
        assertNumber(evaluate("round(hours)"), "3");
    }

    @Test
    void roundToAFractionOfADigitOrFarTooManyDigitsHasNoValue() {
        answers.put("hours", number("2.5"));
        assertThat(evaluate("round(hours, 0.5)")).isEqualTo(Value.EMPTY);
        assertThat(evaluate("round(hours, 16)")).isEqualTo(Value.EMPTY);
        assertThat(evaluate("round(hours, 15)")).isInstanceOf(Value.Num.class);
    }

    @Test
    void intAndRoundOfAnUnansweredQuestionHaveNoValue() {
        assertThat(evaluate("int(hours)")).isEqualTo(Value.EMPTY);
        assertThat(evaluate("round(hours, 1)")).isEqualTo(Value.EMPTY);
    }

    @Test
    void nowGivesTheMomentOfEvaluationToTheMinuteAndTodayItsDate() {
        assertThat(evaluate("now()")).isEqualTo(new Value.DateTime(LocalDateTime.of(2025, 6, 15, 14, 5)));
        assertThat(evaluate("today()")).isEqualTo(new Value.Day(NOW.toLocalDate()));
    }

    @Test
    void nowComparesWithDatetimesAsAnyDatetimeDoes() {
        assertThat(evaluate("now() > datetime('2025-06-15T14:04')")).isEqualTo(new Value.Bool(true));
        assertThat(evaluate("now() = datetime('2025-06-15T14:05')"))
                .as("seconds are cut, as in every date and time")
                .isEqualTo(new Value.Bool(true));
        assertThat(evaluate("now() < datetime('2025-06-15T14:05')")).isEqualTo(new Value.Bool(false));
        assertThat(problems("now() <= datetime('2025-12-31T23:59')")).isEmpty();
    }

    @Test
    void nowIsNoText() {
        assertThat(problems("now() = '2025-06-15T14:05'"))
                .containsExactly("cannot compare a date and time with a text");
        assertThat(problems("matches(now(), '^2025')"))
                .containsExactly(
                        "matches needs a text, a single-choice answer or a number, but this is a date and time");
        assertThat(problems("if(hours > 1, now(), 'never')"))
                .containsExactly("both results of if must be of one type, but the first is a date and time and the"
                        + " second a text");
        assertThat(typed("if(hours > 1, now(), '')").type()).contains(ValueType.DATETIME);
    }

    @Test
    void concatWritesNowAsTheLanguageWritesADateAndTime() {
        Value finnish = new ExpressionEvaluator(NOW, java.util.Locale.forLanguageTag("fi"))
                .evaluate(parsed("concat('Aloitettu ', now())"), answers::get, Value.EMPTY);
        assertThat(finnish).isEqualTo(new Value.Text("Aloitettu 15.6.2025 klo 14.05"));
        assertThat(evaluate("concat(now())"))
                .as("without a language, the stored ISO form")
                .isEqualTo(new Value.Text("2025-06-15T14:05"));
    }

    @Test
    void selectedAtCountsFromZeroAndHasNoValuePastTheLastChoice() {
        answers.put("activities", new Value.Choices(List.of("mentoring", "training")));
        assertThat(evaluate("selected_at(activities, 0)")).isEqualTo(new Value.Text("mentoring"));
        assertThat(evaluate("selected_at(activities, 1)")).isEqualTo(new Value.Text("training"));
        assertThat(evaluate("selected_at(activities, 2)")).isEqualTo(Value.EMPTY);
        assertThat(evaluate("selected_at(activities, -1)")).isEqualTo(Value.EMPTY);
        answers.put("region", new Value.Text("north"));
        assertThat(evaluate("selected_at(region, 0)")).isEqualTo(new Value.Text("north"));
    }

    @Test
    void divisionByZeroInACalculationHasNoValue() {
        answers.put("hours", number("0"));
        assertThat(evaluate("round(10 / hours, 1)")).isEqualTo(Value.EMPTY);
        assertThat(evaluate("concat('per hour: ', 10 / hours)")).isEqualTo(new Value.Text("per hour: "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "hours * 2; NUMBER",
                "if(hours > 1, 'many', 'few'); TEXT",
                "if(hours > 1, hours, ''); NUMBER",
                "if(hours > 1, '', visited); DATE",
                "if(hours > 1, region, 'none'); TEXT",
                "if(hours > 1, region, region); CHOICE",
                "concat(name, hours, activities); TEXT",
                "round(hours / 3, 2); NUMBER",
                "int(hours); NUMBER",
                "now(); DATETIME",
                "selected_at(activities, 0); CHOICE",
                "hours > 3; BOOLEAN"
            })
    void aCalculationHasTheTypeOfItsValue(String calculation, ValueType expected) {
        assertThat(typed(calculation)).isEqualTo(new ExpressionChecker.Typed(Optional.of(expected), List.of()));
    }

    @Test
    void theResultsOfIfMustBeOfOneType() {
        assertThat(problems("if(hours > 1, hours, 'many')"))
                .containsExactly(
                        "both results of if must be of one type, but the first is a number and the second a" + " text");
        assertThat(typed("if(hours > 1, hours, 'many')").type()).isEmpty();
    }

    @Test
    void ifNeedsAConditionFirst() {
        assertThat(problems("if(hours, 1, 2)"))
                .containsExactly("the first argument of if must be a condition (true/false), but it is a number");
    }

    @Test
    void roundAndIntNeedNumbers() {
        assertThat(problems("round(name, 1)")).containsExactly("round needs a number, but this is a text");
        assertThat(problems("int(visited)")).containsExactly("int needs a number, but this is a date");
        assertThat(problems("round(hours, 1, 2)")).containsExactly("round(...) needs 1 or 2 arguments but was given 3");
    }

    @Test
    void selectedAtNeedsAChoiceQuestionAndANumber() {
        assertThat(problems("selected_at(name, 0)"))
                .containsExactly("selected_at needs a single- or multiple-choice question, but this is a text");
        assertThat(problems("selected_at(activities, 'first')"))
                .containsExactly("selected_at needs a number, but this is a text");
    }

    @Test
    void aMultipleChoiceAnswerCannotBeTheValueOfACalculation() {
        assertThat(problems("activities")).containsExactly(TypeInference.MULTIPLE_CHOICE_MISUSE);
    }

    @Test
    void theNewFunctionsAreOfferedWhenANameIsMistyped() {
        assertThat(problems("concatt(name)")).singleElement().asString().contains("did you mean 'concat'");
    }
}
