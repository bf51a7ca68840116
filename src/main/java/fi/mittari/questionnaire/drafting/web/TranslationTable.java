package fi.mittari.questionnaire.drafting.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.builder.TextEntry;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of the translations view for one document: each text with a cell per language of the questionnaire, the
 * values as stored or, after a refused save, as typed ({@code sent}, by input name) with the refusals beside them.
 */
final class TranslationTable {

    /** A single text is at most this long; longer ones are refused, not cut. */
    static final int MAX_TEXT = 4000;

    /** Texts longer than this, or with a line break, get a text area. */
    private static final int SHORT = 80;

    private final QuestionnaireDocument document;
    private final Locale staff;
    private final Map<String, String> sent;
    private final Map<String, String> refused;

    TranslationTable(
            QuestionnaireDocument document, Locale staff, Map<String, String> sent, Map<String, String> refused) {
        this.document = document;
        this.staff = staff;
        this.sent = sent;
        this.refused = refused;
    }

    TranslationsPage page(String key, boolean onlyMissing, @Nullable String notice, int saved, @Nullable String why) {
        TextOwners owners = new TextOwners(document, staff);
        List<Language> languages = document.languages();
        List<TextEntry> texts = document.texts();
        List<TranslationsPage.Row> rows = new ArrayList<>();
        List<TranslationsPage.Cell> errors = new ArrayList<>();
        long missing = 0;
        for (int i = 0; i < texts.size(); i++) {
            TextEntry text = texts.get(i);
            String owner = owners.owner(text.place());
            String field = owners.field(text.field());
            List<TranslationsPage.Cell> cells = new ArrayList<>();
            for (Language language : languages) {
                String name = name(i, language);
                String value = sent.getOrDefault(name, text.values().getOrDefault(language, ""));
                boolean empty = text.values().getOrDefault(language, "").isBlank();
                var cell = new TranslationsPage.Cell(
                        language.code(),
                        name,
                        "t-" + i + "-" + language.code(),
                        value,
                        empty,
                        value.length() > SHORT || value.contains("\n"),
                        refused.get(name));
                cells.add(cell);
                if (empty) {
                    missing++;
                }
                if (cell.hasError()) {
                    errors.add(cell);
                }
            }
            boolean rowMissing = cells.stream().anyMatch(TranslationsPage.Cell::missing);
            if (!onlyMissing || rowMissing || cells.stream().anyMatch(TranslationsPage.Cell::hasError)) {
                rows.add(new TranslationsPage.Row(i, owner, field, cells));
            }
        }
        return new TranslationsPage(
                key,
                "/staff/questionnaires/" + key + "/translations",
                languages.stream().map(Language::code).toList(),
                rows,
                texts.size(),
                missing,
                onlyMissing,
                TranslationsController.revisionOf(document),
                notice,
                saved,
                why,
                errors);
    }

    static String name(int index, Language language) {
        return "t." + index + "." + language.code();
    }

    /** The texts sent, by input name, with browsers' CRLF line breaks made LF and surrounding spaces dropped. */
    static Map<String, String> sentTexts(Map<String, Object> fields) {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("t.") && name.length() < 20) {
                texts.put(name, field(fields, name).replace("\r\n", "\n").strip());
            }
        });
        return texts;
    }

    /** Refusals by input name: a text too long, or the default language's text emptied (the reader requires it). */
    static Map<String, String> refusals(QuestionnaireDocument document, Map<String, String> sent) {
        Map<String, String> refused = new LinkedHashMap<>();
        List<TextEntry> texts = document.texts();
        for (int i = 0; i < texts.size(); i++) {
            for (Language language : document.languages()) {
                String value = sent.get(name(i, language));
                if (value == null) {
                    continue;
                }
                if (value.length() > MAX_TEXT) {
                    refused.put(name(i, language), "drafting.translations.tooLong");
                } else if (value.isBlank()
                        && language == document.defaultLanguage()
                        && !texts.get(i).values().getOrDefault(language, "").isBlank()) {
                    refused.put(name(i, language), "drafting.translations.defaultRequired");
                }
            }
        }
        return refused;
    }

    static String field(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value instanceof Iterable<?> many) {
            var it = many.iterator();
            return it.hasNext() ? String.valueOf(it.next()) : "";
        }
        return value == null ? "" : String.valueOf(value);
    }
}
