package fi.mittari.export;

import java.util.List;
import java.util.Optional;

/**
 * A column of an export. {@code name} is a variable name every format accepts (lower-case letters, digits and
 * underscores, starting with a letter, at most 32 characters: Stata's limit); {@code label} is the question's text
 * (with the item or choice); {@code values} the coded values' labels; {@code versions} the questionnaire versions that
 * asked it (empty for the response's own columns).
 */
public record Column(
        String name,
        String label,
        ColumnKind kind,
        String questionKey,
        List<ValueLabel> values,
        List<Integer> versions) {

    public Column {
        values = List.copyOf(values);
        versions = List.copyOf(versions);
    }

    public record ValueLabel(String value, String label) {}

    /** The label of a coded value, when it has one. */
    public Optional<String> labelOf(String value) {
        return values.stream()
                .filter(v -> v.value().equals(value))
                .map(ValueLabel::label)
                .findFirst();
    }

    /** What a cell shows: the code, or with {@code labels} the code's label when it has one. */
    public String shown(String code, boolean labels) {
        return labels && kind == ColumnKind.CODE ? labelOf(code).orElse(code) : code;
    }
}
