package fi.mittari.export;

import fi.mittari.questionnaire.Language;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The codebook's own words in the language the export's labels were asked in (fi, sv, en): its column headings, what
 * an empty cell and a ticked option mean, the notes of codebook.txt and the labels of the response's own columns. The
 * words live in {@code i18n/export/codebook{,_sv,_en}.properties} (Finnish the default); they are patterns for
 * {@link MessageFormat}, so an apostrophe is written {@code ''}.
 */
public record CodebookWords(Language language, ResourceBundle bundle) {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final List<String> HEADER_KEYS =
            List.of("variable", "question", "label", "type", "value", "valueLabel", "versions", "missing");

    public static CodebookWords in(Language language) {
        // Finnish is the bundle without a suffix; no fallback to the JVM's own locale
        Locale locale =
                switch (language) {
                    case FI -> Locale.ROOT;
                    case SV -> Locale.forLanguageTag("sv");
                    case EN -> Locale.ENGLISH;
                };
        return new CodebookWords(language, ResourceBundle.getBundle("i18n.export.codebook", locale, NO_FALLBACK));
    }

    /** The codebook's column headings, in the order of {@link Codebook#lines}. */
    public List<String> header() {
        return HEADER_KEYS.stream().map(k -> text("codebook.header." + k)).toList();
    }

    /** What an empty cell means, in the codebook's missing column. */
    String missing() {
        return text("codebook.missing");
    }

    String ticked() {
        return text("codebook.ticked");
    }

    String notTicked() {
        return text("codebook.notTicked");
    }

    /** The label of one of the response's own columns (response code, campaign, version, …). */
    String ownColumn(ColumnKind kind) {
        return text("codebook.own." + kind.name().toLowerCase(Locale.ROOT));
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }
}
