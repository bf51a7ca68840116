package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A posted builder form: every value bounded in size, CRLF made LF (browsers send textarea breaks as CRLF), a repeated
 * name read as its first value. A field the form did not carry is absent, which is not the same as blank.
 */
record BuilderForm(Map<String, String> values, Map<String, Object> posted) {

    /** Longer values are cut: no text of a questionnaire needs more, and a form cannot grow the draft without bound. */
    static final int MAX_VALUE = 10_000;

    static BuilderForm of(@Nullable Map<String, Object> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        if (posted != null) {
            posted.forEach((name, value) -> values.put(name, text(value)));
        }
        // The pickers read every value of a field (several choices), bounded by PickerState.
        return new BuilderForm(values, posted == null ? Map.of() : posted);
    }

    private static String text(@Nullable Object value) {
        Object first = value instanceof Collection<?> many
                ? (many.isEmpty() ? null : many.iterator().next())
                : value;
        String text = first == null ? "" : String.valueOf(first).replace("\r\n", "\n");
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) : text;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value as typed, stripped; empty when the form did not carry the field. */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip);
    }

    String valueOrEmpty(String name) {
        return value(name).orElse("");
    }

    /** A checkbox: sent only when ticked. */
    boolean checked(String name) {
        return has(name);
    }

    /** The texts of {@code name} in the given languages ({@code name.fi}, {@code name.sv}…), blank ones included. */
    Map<Language, String> texts(String name, List<Language> languages) {
        Map<Language, String> texts = new LinkedHashMap<>();
        for (Language language : languages) {
            value(name + "." + language.code()).ifPresent(v -> texts.put(language, v));
        }
        return texts;
    }

    /** The button that sent the form: {@code op=choiceUp:2} gives "choiceUp" and 2. */
    Operation operation() {
        String op = valueOrEmpty("op");
        int colon = op.indexOf(':');
        if (colon < 0) {
            return new Operation(op, -1);
        }
        try {
            return new Operation(op.substring(0, colon), Integer.parseInt(op.substring(colon + 1)));
        } catch (NumberFormatException notANumber) {
            return new Operation(op.substring(0, colon), -1);
        }
    }

    record Operation(String name, int index) {}
}
