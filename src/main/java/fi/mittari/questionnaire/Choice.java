package fi.mittari.questionnaire;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One choice of a choice question: the value stored in answers, and its label. An {@code exclusive} choice of a
 * multiple choice ("none of these") cannot be ticked together with any other. A {@code retired} choice comes from a
 * retired code list entry: no longer offered nor accepted in new answers, but still named and counted where stored
 * answers hold it. {@code attributes} are named texts a question's choice filter compares with earlier answers (the
 * region a municipality lies in); they are never stored with answers.
 */
public record Choice(
        String value, LocalizedText label, boolean exclusive, boolean retired, Map<String, String> attributes) {

    /** What a choice filter calls the choice's own value, so it needs no attribute of its own. */
    public static final String VALUE_ATTRIBUTE = "value";

    /**
     * What a choice filter calls the choice's label in a language, {@code label::en}; no attribute can be named so,
     * since attribute names have no colons.
     */
    public static final String LABEL_ATTRIBUTE_PREFIX = "label::";

    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        attributes = Map.copyOf(attributes);
    }

    public Choice(String value, LocalizedText label, boolean exclusive, boolean retired) {
        this(value, label, exclusive, retired, Map.of());
    }

    public Choice(String value, LocalizedText label, boolean exclusive) {
        this(value, label, exclusive, false);
    }

    public Choice(String value, LocalizedText label) {
        this(value, label, false);
    }

    /** Whether forms show it and new answers may hold it. */
    public boolean offered() {
        return !retired;
    }

    /**
     * The named attribute, {@value #VALUE_ATTRIBUTE} being the choice's value and {@code label::en} its label in that
     * language; empty when the choice has none.
     */
    public Optional<String> attribute(String name) {
        return name.equals(VALUE_ATTRIBUTE)
                ? Optional.of(value)
                : Optional.ofNullable(filterAttributes().get(name));
    }

    /** The attributes with the label in each of its languages as {@code label::en}: all a choice filter may read. */
    public Map<String, String> filterAttributes() {
        Map<String, String> all = new java.util.TreeMap<>(attributes);
        label.texts().forEach((language, text) -> all.put(LABEL_ATTRIBUTE_PREFIX + language.code(), text));
        return all;
    }
}
