package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.ExpressionChecker;
import fi.mittari.questionnaire.expression.ExpressionProblem;
import fi.mittari.questionnaire.expression.Expressions;
import fi.mittari.questionnaire.expression.ParseResult;
import fi.mittari.questionnaire.expression.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions an expression may use where it is written: a question's condition and constraint only questions
 * before it (a constraint also {@code .}), a page's condition only questions on earlier pages. The same rule as the
 * reader's, so what a picker offers is what the reader accepts; {@link #check} gives the reader's messages for a free
 * expression.
 */
public record PickerScope(List<PickerQuestion> questions, Optional<PickerQuestion> self, List<PickerQuestion> all) {

    /** A problem of an expression in this scope: the 1-based column and the reader's message. */
    public PickerScope {
        questions = List.copyOf(questions);
        all = List.copyOf(all);
    }

    /** For the {@code relevant} of the question {@code key}: the questions before it. */
    public static PickerScope condition(List<PickerQuestion> all, String key) {
        return new PickerScope(before(all, key), Optional.empty(), all);
    }

    /** For the {@code constraint} of the question {@code key}: the questions before it and {@code .}. */
    public static PickerScope constraint(List<PickerQuestion> all, String key) {
        return new PickerScope(
                before(all, key), all.stream().filter(q -> q.key().equals(key)).findFirst(), all);
    }

    /** For the {@code relevant} of page {@code page}: the questions on the pages before it. */
    public static PickerScope page(List<PickerQuestion> all, int page) {
        return new PickerScope(all.stream().filter(q -> q.page() < page).toList(), Optional.empty(), all);
    }

    private static List<PickerQuestion> before(List<PickerQuestion> all, String key) {
        List<PickerQuestion> earlier = new ArrayList<>();
        for (PickerQuestion question : all) {
            if (question.key().equals(key)) {
                break;
            }
            earlier.add(question);
        }
        return earlier;
    }

    /** Every subject a picker may offer here, {@code .} first in a constraint. */
    public List<PickerSubject> subjects() {
        List<PickerSubject> subjects = new ArrayList<>();
        self.ifPresent(question -> subjects.addAll(PickerSubject.of(question, ".")));
        questions.forEach(question -> subjects.addAll(PickerSubject.of(question, question.key())));
        return subjects;
    }

    public Optional<PickerSubject> subject(String text) {
        return subjects().stream().filter(s -> s.text().equals(text)).findFirst();
    }

    /**
     * The problems of {@code text} here, in the reader's words: syntax, unknown keys, types, and keys that exist
     * but may not be used here (later questions). Empty when the reader will accept it.
     */
    public List<ExpressionProblem> check(String text) {
        ParseResult result = Expressions.parse(text);
        if (result instanceof ParseResult.Invalid invalid) {
            return invalid.problems();
        }
        Expression expression = ((ParseResult.Parsed) result).expression();
        Map<String, ValueType> types = types(all);
        List<ExpressionProblem> problems = new ArrayList<>(new ExpressionChecker()
                .check(expression, types, self.flatMap(PickerQuestion::valueType), ValueType.BOOLEAN));
        Map<String, ValueType> allowed = types(questions);
        for (String key : expression.references()) {
            if (types.containsKey(key) && !allowed.containsKey(key)) {
                problems.add(new ExpressionProblem(1, laterMessage(key)));
            }
        }
        return List.copyOf(problems);
    }

    private String laterMessage(String key) {
        boolean itself = self.map(q -> q.key().equals(key)).orElse(false);
        return "refers to '" + key + "', which " + (itself ? "is this question" : "comes later")
                + "; a " + (self.isPresent() ? "constraint" : "condition")
                + " can only use answers to earlier questions" + (self.isPresent() ? " and '.'" : "");
    }

    private static Map<String, ValueType> types(List<PickerQuestion> questions) {
        Map<String, ValueType> types = new LinkedHashMap<>();
        questions.forEach(q -> q.valueType().ifPresent(type -> types.putIfAbsent(q.key(), type)));
        return types;
    }
}
