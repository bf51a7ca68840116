package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.AnswerReferences;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code ${name}} references in a label or hint (of a question or a choice), spelled with the questions' keys. A
 * reference to metadata Mittari does not collect is taken out of the text with a warning, since the rest of the text
 * still reads; an unknown or ambiguous name is refused at the cell, since the text would show the wrong answer or none.
 */
final class TextReferences {

    /** Where the text's problems are reported. */
    interface Cell {
        void error(String message);

        void warning(String message);
    }

    private final XPathTranslator translator;

    TextReferences(XPathTranslator translator) {
        this.translator = translator;
    }

    /** Every language's text of {@code header} keyed, each problem reported once however many languages repeat it. */
    Map<String, Object> keyed(String header, Map<String, Object> texts, Cell cell) {
        Set<String> reported = new HashSet<>();
        Map<String, Object> keyed = new java.util.LinkedHashMap<>();
        texts.forEach((language, text) -> keyed.put(
                language,
                AnswerReferences.fill(String.valueOf(text), name -> reference(header, name, cell, reported))));
        return keyed;
    }

    private String reference(String header, String name, Cell cell, Set<String> reported) {
        boolean first = reported.add(name);
        Optional<String> uncollected = translator.uncollectedMetadata(name);
        if (uncollected.isPresent()) {
            if (first) {
                cell.warning(header + " refers to ${" + name + "}, metadata '" + uncollected.get()
                        + "', which Mittari does not collect; the reference is left out of the text");
            }
            return "";
        }
        Optional<String> ambiguity = translator.ambiguity(name);
        Optional<String> key = translator.key(name);
        if (first && ambiguity.isPresent()) {
            cell.error(header + ": " + ambiguity.get());
        } else if (first && key.isEmpty()) {
            cell.error(header + " refers to ${" + name + "}, which is not a question in the survey sheet");
        }
        return "${" + key.orElse(name) + "}";
    }
}
