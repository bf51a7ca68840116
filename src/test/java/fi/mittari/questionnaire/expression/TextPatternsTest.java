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

class TextPatternsTest {

    private static final Map<String, ValueType> QUESTIONS =
            Map.of("email", ValueType.TEXT, "postcode", ValueType.NUMBER, "topics", ValueType.CHOICES);

    private static final String EMAIL = "'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,4}'";

    private final ExpressionEvaluator evaluator = new ExpressionEvaluator(LocalDate.of(2025, 6, 15));
    private final Map<String, Value> answers = new HashMap<>();

    private boolean isTrue(String text) {
        return evaluator.isTrue(parsed(text), answers::get, Value.EMPTY);
    }

    private List<String> problems(String text) {
        return new ExpressionChecker()
                .check(parsed(text), QUESTIONS, Optional.of(ValueType.TEXT), ValueType.BOOLEAN).stream()
                        .map(ExpressionProblem::message)
                        .toList();
    }

    @Test
    void aPatternMatchesAnywhereInTheTextUnlessAnchored() {
        answers.put("email", new Value.Text("Reach me at anna@example.fi, thanks"));

        assertThat(isTrue("matches(email, " + EMAIL + ")")).isTrue();
        assertThat(isTrue("matches(email, '^[a-z]+@example\\.fi$')")).isFalse();

        answers.put("email", new Value.Text("anna@example.fi"));
        assertThat(isTrue("matches(email, '^[a-z]+@example\\.fi$')")).isTrue();
    }

    @Test
    void aNumberIsMatchedAsItIsWrittenAndAnUnansweredQuestionMatchesNothing() {
        answers.put("postcode", new Value.Num(new BigDecimal("00100")));

        assertThat(isTrue("matches(postcode, '^[0-9]{3}$')")).isTrue();
        assertThat(isTrue("matches(email, '.*')")).isFalse();
    }

    @Test
    void inAConstraintTheAnswerItselfIsMatched() {
        assertThat(evaluator.isTrue(parsed("matches(., '^[0-9]{5}$')"), answers::get, new Value.Text("00100")))
                .isTrue();
        assertThat(evaluator.isTrue(parsed("matches(., '^[0-9]{5}$')"), answers::get, new Value.Text("0010")))
                .isFalse();
    }

    @Test
    void aWellFormedCallHasNoProblems() {
        assertThat(problems("matches(email, " + EMAIL + ")")).isEmpty();
        assertThat(problems("not matches(., '^[0-9]{5}$')")).isEmpty();
    }

    @Test
    void aBackreferenceIsRefusedSayingWhy() {
        assertThat(problems("matches(email, '(a)\\1')"))
                .singleElement()
                .asString()
                .contains("'(a)\\1' cannot be used")
                .contains("backreferences");
    }

    @Test
    void lookaroundIsRefused() {
        assertThat(problems("matches(email, '^(?=.*[0-9]).+$')"))
                .singleElement()
                .asString()
                .contains("cannot be used");
    }

    @Test
    void aPatternLongerThanTheBoundIsRefusedBeforeItIsCompiled() {
        String longest = "a".repeat(TextPatterns.MAX_PATTERN_LENGTH);

        assertThat(problems("matches(email, '" + longest + "')")).isEmpty();
        assertThat(problems("matches(email, '" + longest + "a')"))
                .singleElement()
                .asString()
                .contains("at most " + TextPatterns.MAX_PATTERN_LENGTH);
    }

    @Test
    void thePatternMustBeWrittenInTheQuestionnaireNotTakenFromAnAnswer() {
        assertThat(problems("matches(email, email)"))
                .singleElement()
                .asString()
                .contains("must be a pattern in quotes");
    }

    @Test
    void aMultipleChoiceAnswerCannotBeMatched() {
        assertThat(problems("matches(topics, 'a')")).singleElement().asString().contains("multiple-choice");
    }

    @Test
    void aPatternThatBacktrackingEnginesTakeExponentialTimeOverStillAnswers() {
        // (a+)+$ against "aaa…b" takes a backtracking engine 2^n steps; RE2/J answers in one pass
        answers.put("email", new Value.Text("a".repeat(5_000) + "b"));

        assertThat(isTrue("matches(email, '^(a+)+$')")).isFalse();
    }
}
