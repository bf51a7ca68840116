package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.builder.PickerQuestion.PickerChoice;
import fi.mittari.questionnaire.expression.ValueType;
import java.util.List;
import java.util.Objects;

/**
 * What a picked condition can be about: a question's answer ({@code region}), this question's answer ({@code .}),
 * or a number made of one ({@code count(activities)}, {@code length(.)}); {@code text} is how the expression writes it.
 * {@code kind} says which: "answer", "count" or "length".
 */
public record PickerSubject(
        String text, PickerQuestion question, String kind, ValueType type, List<Comparison> comparisons) {

    private static final List<Comparison> CHOICE = List.of(
            Comparison.EQUALS, Comparison.NOT_EQUALS, Comparison.ONE_OF, Comparison.ANSWERED, Comparison.NOT_ANSWERED);
    private static final List<Comparison> CHOICES =
            List.of(Comparison.INCLUDES, Comparison.ANSWERED, Comparison.NOT_ANSWERED);
    private static final List<Comparison> NUMBER = List.of(
            Comparison.EQUALS,
            Comparison.NOT_EQUALS,
            Comparison.LESS,
            Comparison.LESS_OR_EQUAL,
            Comparison.GREATER,
            Comparison.GREATER_OR_EQUAL,
            Comparison.BETWEEN);
    private static final List<Comparison> ANSWERED = List.of(Comparison.ANSWERED, Comparison.NOT_ANSWERED);

    public PickerSubject {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(question, "question");
        comparisons = List.copyOf(comparisons);
    }

    /** The subjects a question offers; {@code name} is its key, or {@code .} for the question a constraint is on. */
    static List<PickerSubject> of(PickerQuestion question, String name) {
        return question.valueType()
                .map(type -> switch (type) {
                    case CHOICE -> List.of(answer(question, name, type, choiceComparisons(question)));
                    case CHOICES -> List.of(answer(question, name, type, CHOICES), numberOf("count", question, name));
                    case NUMBER -> List.of(answer(question, name, type, withAnswered(NUMBER)));
                    case TEXT -> List.of(answer(question, name, type, ANSWERED), numberOf("length", question, name));
                    default -> List.of(answer(question, name, type, ANSWERED));
                })
                .orElse(List.of());
    }

    /** A calculation's value has no choices listed to pick from, so it is only answered or not. */
    private static List<Comparison> choiceComparisons(PickerQuestion question) {
        return question.calculated().isPresent() ? ANSWERED : CHOICE;
    }

    private static PickerSubject answer(
            PickerQuestion question, String name, ValueType type, List<Comparison> offered) {
        return new PickerSubject(name, question, "answer", type, offered);
    }

    private static PickerSubject numberOf(String function, PickerQuestion question, String name) {
        return new PickerSubject(function + "(" + name + ")", question, function, ValueType.NUMBER, NUMBER);
    }

    private static List<Comparison> withAnswered(List<Comparison> comparisons) {
        return java.util.stream.Stream.concat(comparisons.stream(), ANSWERED.stream())
                .toList();
    }

    /** Choices to pick values from; empty where values are numbers typed in. */
    public List<PickerChoice> choices() {
        return kind.equals("answer") && (type == ValueType.CHOICE || type == ValueType.CHOICES)
                ? question.choices()
                : List.of();
    }

    /** Whether values are typed-in numbers. */
    public boolean numeric() {
        return type == ValueType.NUMBER;
    }
}
