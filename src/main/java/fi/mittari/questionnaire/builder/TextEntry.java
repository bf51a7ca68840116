package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.Language;
import java.util.Map;

/** One translatable text of a questionnaire, e.g. a question's {@code label}, with what each language says. */
public record TextEntry(Place place, String field, Map<Language, String> values) {

    public TextEntry {
        values = Map.copyOf(values);
    }
}
