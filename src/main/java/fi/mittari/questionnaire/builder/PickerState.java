package fi.mittari.questionnaire.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a picker's fields hold: the stored expression taken apart, or the fields as posted (kept as typed, so that a
 * refused form comes back with nothing lost). Field names are the prefix, a dot and one of the names below.
 */
public record PickerState(
        String mode,
        String subject,
        String comparison,
        List<String> choices,
        String number,
        String numberTo,
        String free) {

    public static final String NONE = "none";
    public static final String PICK = "pick";
    public static final String FREE = "free";

    /** The longest value read from any one field; an expression is at most 2000 characters anyway. */
    static final int MAX_FIELD = 2_100;

    static final int MAX_CHOICES = 200;

    public PickerState {
        choices = List.copyOf(choices);
    }

    /** The fields showing {@code expression}: none when blank, the pickers when it has a picked form, else free. */
    public static PickerState of(String expression) {
        String text = expression == null ? "" : expression.strip();
        if (text.isEmpty()) {
            return new PickerState(NONE, "", "", List.of(), "", "", "");
        }
        return PickedCondition.of(text)
                .map(picked -> picked(picked, text))
                .orElseGet(() -> new PickerState(FREE, "", "", List.of(), "", "", text));
    }

    private static PickerState picked(PickedCondition picked, String text) {
        boolean numbers = picked.values().stream().allMatch(PickedCondition.Literal::number)
                && !picked.values().isEmpty();
        List<String> values =
                picked.values().stream().map(PickedCondition.Literal::text).toList();
        return new PickerState(
                PICK,
                picked.subject(),
                picked.comparison().code(),
                numbers ? List.of() : values,
                numbers ? values.get(0) : "",
                numbers && values.size() > 1 ? values.get(1) : "",
                text);
    }

    /** The fields of a posted form, {@code form} as a form body map: each value a text or a list of texts. */
    public static PickerState posted(Map<String, ?> form, String prefix) {
        Map<String, ?> fields = form == null ? Map.of() : form;
        return new PickerState(
                first(fields, prefix + ".mode").orElse(NONE),
                first(fields, prefix + ".subject").orElse(""),
                first(fields, prefix + ".comparison").orElse(""),
                all(fields.get(prefix + ".choice")),
                first(fields, prefix + ".number").orElse(""),
                first(fields, prefix + ".numberTo").orElse(""),
                first(fields, prefix + ".free").orElse(""));
    }

    /** One posted value, bounded and trimmed: the first of several, "" for none. */
    public static String value(Object posted) {
        List<String> values = all(posted);
        return values.isEmpty() ? "" : values.get(0);
    }

    private static Optional<String> first(Map<String, ?> fields, String name) {
        List<String> values = all(fields.get(name));
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static List<String> all(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.stream().limit(MAX_CHOICES).forEach(v -> values.add(bounded(v)));
        } else if (value instanceof Object[] many) {
            for (int i = 0; i < Math.min(many.length, MAX_CHOICES); i++) {
                values.add(bounded(many[i]));
            }
        } else if (value != null) {
            values.add(bounded(value));
        }
        return values;
    }

    private static String bounded(Object value) {
        String text = String.valueOf(value).strip();
        return text.length() > MAX_FIELD ? text.substring(0, MAX_FIELD) : text;
    }
}
