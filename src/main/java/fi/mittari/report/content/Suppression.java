package fi.mittari.report.content;

import java.util.Optional;

/**
 * Whether a row's figures are hidden to protect small groups, and the note that says why in the report's language
 * (e.g. "alle 5 henkilöä" or "piilotettu, jotta pieni ryhmä ei paljastu erotuksena").
 */
public record Suppression(boolean suppressed, Optional<String> note) {

    public static final Suppression NONE = new Suppression(false, Optional.empty());

    public static Suppression because(String note) {
        return new Suppression(true, Optional.of(note));
    }
}
