package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A bare name in a choice_filter, read as ODK reads it: a child of the choice being decided on. {@code name} is the
 * choice's value, {@code label} and {@code label::Language} its label in that language (a bare label is in the default
 * language), any other column of the choices sheet that column. A name that is no column is a child the choice
 * lacks, which ODK reads as empty; it is read so too, with a warning, since it is mostly a text written without
 * quotes.
 */
final class ChoiceFilterNames {

    private static final String LABEL = "label";

    private final Set<String> columns;
    private final Language defaultLanguage;
    /** When present, the one row of a repeated choice being read: its value and columns become texts. */
    private final Optional<Map<String, String>> row;

    private final String value;

    private ChoiceFilterNames(
            Set<String> columns, Language defaultLanguage, Optional<Map<String, String>> row, String value) {
        this.columns = Set.copyOf(columns);
        this.defaultLanguage = defaultLanguage;
        this.row = row.map(Map::copyOf);
        this.value = value;
    }

    /** The names of a question's choices, whose columns (other than name and label) are {@code columns}. */
    static ChoiceFilterNames of(Set<String> columns, Language defaultLanguage) {
        return new ChoiceFilterNames(columns, defaultLanguage, Optional.empty(), "");
    }

    /** The same names read on one later row of a repeated choice: {@code value} and that row's columns, as texts. */
    ChoiceFilterNames onRow(String choiceValue, Map<String, String> rowColumns) {
        return new ChoiceFilterNames(columns, defaultLanguage, Optional.of(rowColumns), choiceValue);
    }

    /** The Mittari expression for the bare {@code name}; problems go to {@code errors} and {@code warnings}. */
    String read(String name, List<String> errors, List<String> warnings) {
        if (name.equals("name")) {
            return row.isPresent() ? XPathTranslator.quote(value) : "choice('value')";
        }
        if (columns.contains(name)) {
            return row.isPresent() ? XPathTranslator.quote(row.get().getOrDefault(name, "")) : choice(name);
        }
        if (name.equals(LABEL) || name.startsWith(LABEL + "::")) {
            return label(name, errors);
        }
        Set<String> known = new TreeSet<>(columns);
        known.add("name");
        known.add(LABEL);
        warnings.add("'" + name + "' is not a column of this question's choices (columns: " + String.join(", ", known)
                + "), so it reads as empty, as in ODK; to compare with the text, write '" + name + "' in quotes");
        return "''";
    }

    // the labels are the same on every row of a repeated choice, so a label is the choice's own even on one row
    private String label(String name, List<String> errors) {
        if (name.equals(LABEL)) {
            return choice(LABEL + "::" + defaultLanguage.code());
        }
        String languageName = name.substring(LABEL.length() + 2);
        Optional<Language> language = LanguageNames.parse(languageName);
        if (language.isEmpty()) {
            errors.add("'" + name + "' names language '" + languageName + "', which Mittari does not offer (Finnish"
                    + " (fi), Swedish (sv) and English (en))");
            return name;
        }
        return choice(LABEL + "::" + language.get().code());
    }

    private static String choice(String attribute) {
        return "choice('" + attribute + "')";
    }
}
