package fi.mittari.questionnaire.builder;

import java.util.List;

/**
 * The expression checker's messages, for {@link ProblemWording}: each pattern followed by its key under
 * {@code pickers.plain.}. The calculation rules come first, since a calculation's "comes later" says more than a
 * condition's.
 */
final class ExpressionProblemPatterns {

    private ExpressionProblemPatterns() {}

    private static final String Q = ProblemWording.QUOTED;

    static final List<String> PATTERNS_AND_KEYS = List.of(
            // calculations (calculate questions): the order of the questions and the functions only they use
            "refers to " + Q + ", which is this calculation; .*",
            "calc.itself",
            "refers to " + Q + ", which comes later; a calculation .*",
            "calc.later",
            "the first argument of if must be a condition \\(true/false\\), but it is (.+)",
            "calc.ifCondition",
            "both results of if must be of one type, but the first is (.+) and the second (.+)",
            "calc.ifResults",
            "concat\\(\\.\\.\\.\\) needs at least 1 argument but was given 0",
            "calc.concatEmpty",
            "round\\(\\.\\.\\.\\) needs 1 or 2 arguments but was given (\\d+)",
            "calc.roundArguments",
            // expressions: syntax
            "the expression is longer than (\\d+) characters",
            "expr.tooLong",
            "the expression is empty",
            "expr.empty",
            Q + " is not a valid question key: .*",
            "expr.badKey",
            "unterminated text: add the closing (.)",
            "expr.unterminated",
            "unknown character '(.)'; did you mean '!=' or 'not'\\?",
            "expr.exclamation",
            "unknown character '(.)'",
            "expr.unknownCharacter",
            "unexpected (.+); expected an operator or the end",
            "expr.unexpected",
            "expected a value but found (.+)",
            "expr.valueExpected",
            "'not' must come before a whole comparison.*",
            "expr.notPlacement",
            Q + " is a reserved word and cannot be used as a question key",
            "expr.reserved",
            "a list may only contain numbers and texts, but found (.+)",
            "expr.listItems",
            "the expression is nested too deeply.*",
            "expr.tooDeep",
            "expected (.+) but found (.+)",
            "expr.expected",
            // expressions: meaning
            "unknown question " + Q + "; did you mean " + Q + "\\?",
            "expr.unknownQuestionSuggest",
            "unknown question " + Q,
            "expr.unknownQuestion",
            "'\\.' \\(the answer to this question\\) can only be used in a constraint",
            "expr.selfInCondition",
            "a multiple-choice answer can only be used in count, selected, empty or answered",
            "expr.multiple",
            "cannot compare (.+) with (.+)",
            "expr.cannotCompare",
            Q + " cannot be used on (.+); only numbers, dates, times and datetimes can be ordered",
            "expr.notOrdered",
            "'in' needs a single-choice, text or number on its left; use selected.*",
            "expr.inMultiple",
            "'in' needs a single-choice, text or number on its left, but it is (.+)",
            "expr.inLeft",
            Q + " needs (.+) on both sides, but its (?:left|right) side is (.+)",
            "expr.operands",
            Q + " needs (.+), but got (.+)",
            "expr.operand",
            "the expression must give (.+), but it gives (.+)",
            "expr.result",
            "unknown function " + Q + ".*",
            "expr.unknownFunction",
            "the second argument of selected must be a choice value in quotes.*",
            "expr.selectedValue",
            Q + " is not a date; .*",
            "expr.notDate",
            "date needs a date in quotes.*",
            "expr.dateText",
            "(time|datetime) needs a .*",
            "expr.timeText",
            "(\\w+) needs a question key, such as .*",
            "expr.functionKey",
            "(\\w+) needs (.+), but this is (.+)",
            "expr.functionType",
            "(\\w+)\\(\\.\\.\\.\\) needs (\\d+) arguments? but was given (\\d+)",
            "expr.arguments",
            "refers to " + Q + ", which is this question; .*",
            "expr.itself",
            "refers to " + Q + ", which comes later; .*",
            "expr.later",
            "page " + Q + " refers to " + Q + ", which is on this page; .*",
            "expr.samePage",
            "page " + Q + " refers to " + Q + ", which is on the later page " + Q + "; .*",
            "expr.laterPage");
}
