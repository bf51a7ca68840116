package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A select row's choice_filter, translated over its choices. A repeated choice kept as one (see {@link ChoiceRepeats})
 * has only its first row's columns; each later row whose columns differ adds "or it is this choice and the filter
 * keeps that row", so the choice is offered wherever ODK would offer either row.
 */
final class ChoiceFilterRows {

    /** Filters that keep every choice, so leaving them out changes nothing the respondent sees. */
    static final Set<String> ALWAYS_TRUE = Set.of("true()", "true", "1");

    private final XPathTranslator translator;

    ChoiceFilterRows(XPathTranslator translator) {
        this.translator = translator;
    }

    /**
     * The filter in Mittari's language; empty when there is none, when it keeps every choice (with a warning), or when
     * it cannot be translated (reported at its cell).
     */
    Optional<String> translate(SurveyRow row, List<Map<String, Object>> choices) {
        if (!row.has("choice_filter")) {
            return Optional.empty();
        }
        String xpath = row.value("choice_filter");
        if (ALWAYS_TRUE.contains(xpath.strip())) {
            row.warning("choice_filter", "choice_filter '" + xpath + "' keeps every choice; ignored");
            return Optional.empty();
        }
        ChoiceRepeats repeats = translator.choiceSource().repeats();
        Set<String> columns = new TreeSet<>();
        choices.forEach(choice -> {
            if (choice.get("attributes") instanceof Map<?, ?> attributes) {
                attributes.keySet().forEach(name -> columns.add(String.valueOf(name)));
            }
            repeats.otherRows(choice).forEach(other -> columns.addAll(other.keySet()));
        });
        ChoiceFilterNames names =
                ChoiceFilterNames.of(columns, translator.choiceSource().defaultLanguage());
        XPathTranslator.Translation translation =
                translator.forChoiceFilter(names).translate(xpath);
        translation
                .errors()
                .forEach(reason ->
                        row.error("choice_filter", "choice_filter '" + xpath + "' cannot be translated: " + reason));
        translation.warnings().forEach(warning -> row.warning("choice_filter", "choice_filter: " + warning));
        if (translation.text().isEmpty()) {
            return Optional.empty();
        }
        List<String> alternatives = new ArrayList<>();
        for (Map<String, Object> choice : choices) {
            String value = String.valueOf(choice.get("value"));
            for (Map<String, String> other : repeats.otherRows(choice)) {
                // the same filter, so its problems were reported once above
                translator
                        .forChoiceFilter(names.onRow(value, other))
                        .translate(xpath)
                        .text()
                        .ifPresent(text -> alternatives.add(
                                "choice('value') = " + XPathTranslator.quote(value) + " and (" + text.strip() + ")"));
            }
        }
        if (alternatives.isEmpty()) {
            return translation.text();
        }
        return Optional.of("(" + translation.text().get().strip() + ") or " + String.join(" or ", alternatives));
    }
}
