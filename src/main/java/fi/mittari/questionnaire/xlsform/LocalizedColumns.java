package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The translated columns of one sheet ({@code label::Swedish (sv)}, {@code hint}…): which column holds which
 * language. A column without a language belongs to the default language; columns in languages Mittari does not speak
 * are reported once, at their header cell, and ignored.
 */
final class LocalizedColumns {

    private record Column(String base, Language language, int index) {}

    private final List<Column> columns = new ArrayList<>();

    LocalizedColumns(SheetTable sheet, Language defaultLanguage, ImportProblems problems) {
        List<String> headers = sheet.headers();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            int separator = header.indexOf("::");
            if (separator < 0) {
                columns.add(new Column(header, defaultLanguage, i));
                continue;
            }
            String base = header.substring(0, separator);
            String languageName = header.substring(separator + 2);
            int index = i;
            LanguageNames.parse(languageName)
                    .ifPresentOrElse(
                            language -> columns.add(new Column(base, language, index)),
                            () -> problems.warning(
                                    sheet.name(),
                                    1,
                                    index,
                                    "language '" + languageName + "' is not supported (only Finnish (fi), Swedish (sv)"
                                            + " and English (en)); column '" + header + "' is ignored"));
        }
    }

    /** The texts of {@code base} on the row, by language; blank cells are left out. */
    Map<Language, String> texts(SheetTable.TableRow row, String base) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Column column : columns) {
            String text = row.get(column.index());
            if (column.base().equals(base) && !text.isBlank()) {
                texts.putIfAbsent(column.language(), text);
            }
        }
        return texts;
    }

    /** The language of the column at this 0-based index, when it is a column Mittari reads. */
    Optional<Language> languageOf(int index) {
        return columns.stream()
                .filter(c -> c.index() == index)
                .map(Column::language)
                .findFirst();
    }

    /** The first column of {@code base} in any language, for pointing at; -1 when there is none. */
    int firstIndex(String base) {
        return columns.stream()
                .filter(c -> c.base().equals(base))
                .mapToInt(Column::index)
                .findFirst()
                .orElse(-1);
    }

    /** The languages with a column of {@code base}, in column order. */
    List<Language> languages(String base) {
        List<Language> languages = new ArrayList<>();
        columns.stream()
                .filter(c -> c.base().equals(base) && !languages.contains(c.language()))
                .forEach(c -> languages.add(c.language()));
        return languages;
    }
}
