package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings sheet: form_id becomes the questionnaire key, default_language the default language and form_title
 * the title in it. The exporter adds {@code mittari_title::…} and {@code mittari_description::…} columns for
 * translations XLSForm has no place for. {@code allow_choice_duplicates} lets a choice list repeat a name, as pyxform
 * does only when asked.
 */
record FormSettings(
        String key,
        Language defaultLanguage,
        Map<Language, String> title,
        Map<Language, String> description,
        boolean allowChoiceDuplicates) {

    private static final Set<String> KNOWN =
            Set.of("form_id", "form_title", "default_language", "allow_choice_duplicates");
    private static final Set<String> YES = Set.of("yes", "true", "true()", "1");

    /**
     * @param surveyLanguage the one language the survey's labels are written in, when they name exactly one: the
     *     default language when the settings do not say (a form written only in English is not read as Finnish)
     * @param namedLanguages the languages Mittari offers that the survey's label columns name ({@code label::English}),
     *     in column order; empty when a label column names none, since that one is in the default language
     */
    static FormSettings read(
            SheetTable sheet,
            String source,
            Optional<Language> surveyLanguage,
            List<Language> namedLanguages,
            ImportProblems problems) {
        SheetTable.TableRow row = sheet.rows().isEmpty()
                ? new SheetTable.TableRow(2, List.of())
                : sheet.rows().get(0);
        Language main = defaultLanguage(sheet, row, problems, surveyLanguage, namedLanguages);
        String formId = sheet.value(row, "form_id");
        if (formId.isBlank()) {
            // the old .xls is read as well as .xlsx, and neither extension is part of the form's name
            formId = source.replaceAll("(?i)\\.xlsx?$", "").replaceAll(".*[/\\\\]", "");
            problems.warning(
                    sheet.name(),
                    row.number(),
                    sheet.column("form_id").orElse(0),
                    "no form_id; the questionnaire key is taken from the file name");
        }
        String key = Names.questionnaireKey(formId);
        if (!key.equals(formId)) {
            problems.warning(
                    sheet.name(),
                    row.number(),
                    sheet.column("form_id").orElse(0),
                    "form_id '" + formId + "' became key '" + key + "'");
        }
        LocalizedColumns texts = new LocalizedColumns(sheet, main, problems);
        Map<Language, String> title = new EnumMap<>(Language.class);
        title.putAll(texts.texts(row, "mittari_title"));
        if (title.isEmpty() && !sheet.value(row, "form_title").isBlank()) {
            title.put(main, sheet.value(row, "form_title"));
        }
        if (title.isEmpty()) {
            // as pyxform does: the form's id (or file name) stands for a missing title
            title.put(main, formId);
            problems.warning(
                    sheet.name(),
                    row.number(),
                    sheet.column("form_title").orElse(0),
                    "no form_title; respondents see the title '" + formId + "' until one is written");
        }
        for (int c = 0; c < sheet.headers().size(); c++) {
            String header = sheet.headers().get(c);
            if (!KNOWN.contains(header)
                    && !header.startsWith("mittari_")
                    && !row.get(c).isBlank()) {
                problems.warning(
                        sheet.name(), row.number(), c, "setting '" + header + "' is not used by Mittari;" + " ignored");
            }
        }
        return new FormSettings(
                key,
                main,
                title,
                texts.texts(row, "mittari_description"),
                YES.contains(sheet.value(row, "allow_choice_duplicates").strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private static Language defaultLanguage(
            SheetTable sheet,
            SheetTable.TableRow row,
            ImportProblems problems,
            Optional<Language> surveyLanguage,
            List<Language> namedLanguages) {
        String name = sheet.value(row, "default_language");
        if (name.isBlank()) {
            return surveyLanguage.orElse(Language.FI);
        }
        int column = sheet.column("default_language").orElse(0);
        Optional<Language> parsed = LanguageNames.parse(name);
        if (parsed.isPresent()) {
            return parsed.get();
        }
        if (!namedLanguages.isEmpty()) {
            // A form written in Swahili and English can still be asked in English: only its Swahili texts are lost
            Language main = namedLanguages.get(0);
            problems.warning(
                    sheet.name(),
                    row.number(),
                    column,
                    "default_language '" + name + "' is not offered by Mittari (Finnish (fi), Swedish (sv), English"
                            + " (en)); the form is read in " + LanguageNames.describe(main)
                            + ", a language its label columns are written in, and the other language's columns are"
                            + " left out");
            return main;
        }
        problems.error(
                sheet.name(),
                row.number(),
                column,
                "default_language '" + name + "' is not supported and no label column is in a language Mittari"
                        + " offers; use Finnish (fi), Swedish (sv) or English (en)");
        return Language.FI;
    }
}
