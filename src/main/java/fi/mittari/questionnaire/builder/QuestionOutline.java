package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.Language;
import java.util.Map;

/** A question as the builder lists it; key and type are empty strings while not yet written. */
public record QuestionOutline(Place.QuestionAt at, String key, String type, Map<Language, String> label) {

    public QuestionOutline {
        label = Map.copyOf(label);
    }
}
