package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.Language;
import java.util.Map;

/** One choice or matrix item: its stored value (or item key), its label, and whether it excludes the others. */
public record Entry(Place.EntryAt at, String value, Map<Language, String> label, boolean exclusive) {

    public Entry {
        label = Map.copyOf(label);
    }
}
