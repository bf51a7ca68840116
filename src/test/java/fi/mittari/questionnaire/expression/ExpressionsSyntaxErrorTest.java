package fi.mittari.questionnaire.expression;

import static fi.mittari.questionnaire.expression.ExpressionPrinter.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionsSyntaxErrorTest {

    @Test
    void missingClosingParenthesisIsReportedWhereItWasExpected() {
        assertThat(problemsOf("(a = 1 and b 2"))
                .containsExactly(new ExpressionProblem(14, "expected ')' but found '2'"));
    }

    @Test
    void missingClosingParenthesisAtTheEndPointsPastTheText() {
        assertThat(problemsOf("(a = 1"))
                .containsExactly(new ExpressionProblem(7, "expected ')' but found the end of the expression"));
    }

    @Test
    void unterminatedTextIsReportedAtItsOpeningQuote() {
        assertThat(problemsOf("a = 'yes"))
                .containsExactly(new ExpressionProblem(5, "unterminated text: add the closing '"));
    }

    @Test
    void everyUnknownCharacterIsReported() {
        assertThat(problemsOf("a # 1 & b"))
                .extracting(ExpressionProblem::column)
                .contains(3, 7);
        assertThat(problemsOf("a # 1"))
                .first()
                .extracting(ExpressionProblem::message)
                .isEqualTo("unknown character '#'");
    }

    @Test
    void loneExclamationMarkSuggestsNotEqualOrNot() {
        assertThat(problemsOf("!a"))
                .first()
                .extracting(ExpressionProblem::message)
                .asString()
                .contains("'!='");
    }

    @Test
    void trailingInputIsReported() {
        assertThat(problemsOf("a = 1 b"))
                .containsExactly(new ExpressionProblem(7, "unexpected 'b'; expected an operator or the end"));
    }

    @Test
    void chainedComparisonIsReportedAsTrailingInput() {
        assertThat(problemsOf("1 < a < 3"))
                .extracting(ExpressionProblem::column)
                .containsExactly(7);
    }

    @Test
    void emptyOrBlankExpressionIsReported() {
        assertThat(problemsOf("")).containsExactly(new ExpressionProblem(1, "the expression is empty"));
        assertThat(problemsOf("   ")).containsExactly(new ExpressionProblem(1, "the expression is empty"));
    }

    @Test
    void missingOperandIsReported() {
        assertThat(problemsOf("a = "))
                .containsExactly(new ExpressionProblem(5, "expected a value but found the end of the expression"));
        assertThat(problemsOf("a and or b"))
                .extracting(ExpressionProblem::column)
                .containsExactly(7);
    }

    @Test
    void keywordUsedAsKeyIsReportedTogetherWithLaterProblems() {
        assertThat(problemsOf("in = 'x' and b # 2"))
                .containsExactly(
                        new ExpressionProblem(1, "'in' is a reserved word and cannot be used as a question key"),
                        new ExpressionProblem(16, "unknown character '#'"),
                        new ExpressionProblem(18, "unexpected '2'; expected an operator or the end"));
    }

    @Test
    void uppercaseKeyIsReported() {
        assertThat(problemsOf("a = 1 and Region = 'x'"))
                .containsExactly(new ExpressionProblem(
                        11,
                        "'Region' is not a valid question key: keys are lowercase letters a-z, digits and underscores,"
                                + " starting with a letter"));
    }

    @Test
    void listMustHoldOnlyLiterals() {
        assertThat(problemsOf("a in [b]"))
                .containsExactly(new ExpressionProblem(7, "a list may only contain numbers and texts, but found 'b'"));
        assertThat(problemsOf("a in 'x'"))
                .containsExactly(
                        new ExpressionProblem(6, "expected '[' to start the list of values but found text 'x'"));
        assertThat(problemsOf("a in ['x' 'y']"))
                .extracting(ExpressionProblem::column)
                .containsExactly(11);
    }

    @Test
    void unclosedCallIsReported() {
        assertThat(problemsOf("count(a"))
                .containsExactly(new ExpressionProblem(8, "expected ',' or ')' but found the end of the expression"));
    }

    @Test
    void notAfterAComparisonOperatorExplainsWhereNotGoes() {
        assertThat(problemsOf("a = not b"))
                .first()
                .extracting(ExpressionProblem::column)
                .isEqualTo(5);
    }

    @Test
    void tooLongExpressionIsRejectedBeforeParsing() {
        String text = "a + ".repeat(500) + "1";
        assertThat(problemsOf(text))
                .containsExactly(new ExpressionProblem(2001, "the expression is longer than 2000 characters"));
    }

    @Test
    void tooDeeplyNestedParenthesesAreReportedInsteadOfOverflowingTheStack() {
        String text = "(".repeat(60) + "a" + ")".repeat(60);
        assertThat(problemsOf(text))
                .containsExactly(
                        new ExpressionProblem(51, "the expression is nested too deeply (more than 50 levels)"));
    }

    @Test
    void tooDeeplyNestedNotsAndMinusesAreReported() {
        assertThat(problemsOf("not ".repeat(300) + "a")).hasSize(1);
        assertThat(problemsOf("-".repeat(1000) + "1")).hasSize(1);
    }
}
