package fi.mittari.definition;

import java.util.Locale;

/** Where a version came from: a file of batch/ read at start-up, or a draft published in the browser. */
public enum DefinitionSource {
    FILE,
    BROWSER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DefinitionSource of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
