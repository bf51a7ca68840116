package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One row of the survey sheet with what converting it needs: its cells by header, texts by language, reporting. */
final class SurveyRow {

    private final SheetTable sheet;
    private final SheetTable.TableRow row;
    private final LocalizedColumns texts;
    private final ImportProblems problems;
    private final java.util.Set<String> answerReferencesReported = new java.util.HashSet<>();

    SurveyRow(SheetTable sheet, SheetTable.TableRow row, LocalizedColumns texts, ImportProblems problems) {
        this.sheet = sheet;
        this.row = row;
        this.texts = texts;
        this.problems = problems;
    }

    String value(String header) {
        return sheet.value(row, header);
    }

    boolean has(String header) {
        return !value(header).isBlank();
    }

    /** Texts of a translated column as a YAML map {fi: …}, or empty when no language has one. */
    Optional<Map<String, Object>> texts(String base) {
        Map<Language, String> byLanguage = texts.texts(row, base);
        if (byLanguage.isEmpty()) {
            return Optional.empty();
        }
        boolean shownWithAnswers = base.equals("label") || base.equals("hint");
        if (!shownWithAnswers
                && byLanguage.values().stream().anyMatch(text -> text.contains("${"))
                && answerReferencesReported.add(base)) {
            warning(
                    base,
                    base + " refers to an answer with ${…}; Mittari shows the text as written, without the answer");
        }
        Map<String, Object> yaml = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> yaml.put(language.code(), text));
        return Optional.of(yaml);
    }

    /** yes, true, true() and 1 are true; blank, no, false, false() and 0 are false; anything else is empty. */
    Optional<Boolean> flag(String header) {
        String value = value(header).toLowerCase(Locale.ROOT);
        switch (value) {
            case "yes":
            case "true":
            case "true()":
            case "1":
                return Optional.of(true);
            case "":
            case "no":
            case "false":
            case "false()":
            case "0":
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }

    void error(String header, String message) {
        problems.error(sheet.name(), row.number(), column(header), message);
    }

    void warning(String header, String message) {
        problems.warning(sheet.name(), row.number(), column(header), message);
    }

    /** The 0-based column of the header, or of the first translated column of that name. */
    private int column(String header) {
        return sheet.column(header).orElseGet(() -> Math.max(0, texts.firstIndex(header)));
    }

    java.util.List<String> headers() {
        return sheet.headers();
    }

    int number() {
        return row.number();
    }
}
