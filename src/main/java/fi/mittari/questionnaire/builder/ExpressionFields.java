package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.builder.ExpressionInput.Refused;
import fi.mittari.questionnaire.builder.PickedCondition.Literal;
import fi.mittari.questionnaire.builder.PickerQuestion.PickerChoice;
import fi.mittari.questionnaire.expression.ExpressionProblem;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a picker's posted fields back into the expression to store, checked as the reader will check it in its
 * place: with the pickers, that the question may be used here, the comparison suits it and the values are its
 * choices or numbers; a free expression with the reader's own checker. Each refusal names the field to fix.
 */
public final class ExpressionFields {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,12}([.,][0-9]{1,6})?");

    private ExpressionFields() {}

    /** The expression the fields under {@code prefix} of {@code form} make, for a place with {@code scope}. */
    public static ExpressionInput from(Map<String, ?> form, String prefix, PickerScope scope) {
        return read(PickerState.posted(form, prefix), prefix, scope);
    }

    /** The expression {@code state} makes. */
    public static ExpressionInput read(PickerState state, String prefix, PickerScope scope) {
        return switch (state.mode()) {
            case PickerState.PICK -> picked(state, prefix, scope);
            case PickerState.FREE -> free(state.free(), prefix + ".free", scope);
            default -> new ExpressionInput.None();
        };
    }

    /** A free expression: the reader's first problem with it, or the text. */
    public static ExpressionInput free(String text, String field, PickerScope scope) {
        if (text.isBlank()) {
            return refused(field, "pickers.problem.freeEmpty");
        }
        List<ExpressionProblem> problems = scope.check(text.strip());
        if (problems.isEmpty()) {
            return new ExpressionInput.Written(text.strip());
        }
        ExpressionProblem first = problems.get(0);
        return new Refused(field, ProblemWording.of(first.message()), first.column());
    }

    private static ExpressionInput picked(PickerState state, String prefix, PickerScope scope) {
        if (state.subject().isEmpty()) {
            return refused(prefix + ".subject", "pickers.problem.subject");
        }
        Optional<PickerSubject> subject = scope.subject(state.subject());
        if (subject.isEmpty()) {
            boolean later = scope.all().stream().anyMatch(q -> state.subject().contains(q.key()));
            return refused(
                    prefix + ".subject",
                    later ? "pickers.problem.subjectLater" : "pickers.problem.subjectUnknown",
                    state.subject());
        }
        Optional<Comparison> comparison = Comparison.ofCode(state.comparison())
                .filter(c -> subject.get().comparisons().contains(c));
        if (comparison.isEmpty()) {
            return refused(
                    prefix + ".comparison",
                    "pickers.problem.comparison",
                    subject.get().text());
        }
        Values values = values(state, prefix, subject.get(), comparison.get());
        if (values.refusal().isPresent()) {
            return values.refusal().get();
        }
        String text = new PickedCondition(subject.get().text(), comparison.get(), values.literals()).expression();
        return free(text, prefix + ".subject", scope);
    }

    /** The values picked, or the refusal of the field holding them. */
    private record Values(List<Literal> literals, Optional<Refused> refusal) {
        Values(List<Literal> literals) {
            this(literals, Optional.empty());
        }

        Values(Refused refusal) {
            this(List.of(), Optional.of(refusal));
        }
    }

    private static Values values(PickerState state, String prefix, PickerSubject subject, Comparison comparison) {
        if (comparison == Comparison.ANSWERED || comparison == Comparison.NOT_ANSWERED) {
            return new Values(List.of());
        }
        if (subject.numeric()) {
            Optional<BigDecimal> low = number(state.number());
            if (low.isEmpty()) {
                return new Values(refused(prefix + ".number", "pickers.problem.number", state.number()));
            }
            if (comparison != Comparison.BETWEEN) {
                return new Values(List.of(Literal.number(low.get())));
            }
            Optional<BigDecimal> high = number(state.numberTo());
            if (high.isEmpty()) {
                return new Values(refused(prefix + ".numberTo", "pickers.problem.number", state.numberTo()));
            }
            if (high.get().compareTo(low.get()) < 0) {
                return new Values(refused(
                        prefix + ".numberTo", "pickers.problem.range", low.get().toPlainString()));
            }
            return new Values(List.of(Literal.number(low.get()), Literal.number(high.get())));
        }
        List<String> chosen = List.copyOf(new LinkedHashSet<>(state.choices()));
        String field = prefix + ".choice";
        if (chosen.isEmpty() || (comparison != Comparison.ONE_OF && chosen.size() > 1)) {
            return new Values(refused(
                    field, comparison == Comparison.ONE_OF ? "pickers.problem.choices" : "pickers.problem.oneChoice"));
        }
        List<String> offered =
                subject.choices().stream().map(PickerChoice::value).toList();
        for (String value : chosen) {
            if (!offered.isEmpty() && !offered.contains(value)) {
                return new Values(refused(field, "pickers.problem.notAChoice", value));
            }
        }
        return new Values(chosen.stream().map(Literal::text).toList());
    }

    /** A number as staff type it: a decimal point or comma, no thousands separators. */
    static Optional<BigDecimal> number(String text) {
        String trimmed = text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
    }

    private static Refused refused(String field, String key, Object... arguments) {
        return new Refused(field, new ProblemWording(key, List.of(arguments)), 0);
    }
}
