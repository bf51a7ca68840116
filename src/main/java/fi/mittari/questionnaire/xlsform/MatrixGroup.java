package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one shape of XLSForm group that is a Mittari matrix: {@code begin_group} with appearance {@code table-list}
 * whose rows, up to its {@code end_group}, are all {@code select_one} on the same list (without or_other). Any other
 * group is imported as before.
 */
record MatrixGroup(List<SurveyRow> items, String listName, int endIndex) {

    static Optional<MatrixGroup> at(List<SurveyRow> rows, int begin, Set<String> listNames) {
        SurveyRow group = rows.get(begin);
        if (!typeWords(group).equals(List.of("begin", "group"))
                || !group.value("appearance").strip().equalsIgnoreCase("table-list")
                || !group.has("name")) {
            return Optional.empty();
        }
        List<SurveyRow> items = new ArrayList<>();
        String listName = null;
        for (int i = begin + 1; i < rows.size(); i++) {
            List<String> words = typeWords(rows.get(i));
            if (words.equals(List.of("end", "group"))) {
                return items.isEmpty() || !listNames.contains(listName)
                        ? Optional.empty()
                        : Optional.of(new MatrixGroup(items, listName, i));
            }
            boolean sameList = words.size() == 2
                    && words.get(0).equals("select_one")
                    && (listName == null || listName.equals(words.get(1)));
            if (!sameList || !rows.get(i).has("name")) {
                return Optional.empty();
            }
            listName = words.get(1);
            items.add(rows.get(i));
        }
        return Optional.empty();
    }

    /** "begin_group" and "begin group" alike as [begin, group]; "select_one list" as [select_one, list]. */
    private static List<String> typeWords(SurveyRow row) {
        String type = TypeSpellings.canonical(row);
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("begin") || lower.startsWith("end")) {
            return List.of(lower.replace('_', ' ').split("\\s+"));
        }
        return List.of(type.split("\\s+"));
    }

    /** Each row as a matrix item, keyed by its name without the group's "name_"; what an item cannot keep is reported. */
    static List<Map<String, Object>> items(SurveyRow group, List<SurveyRow> rows, boolean allRequired) {
        String prefix = group.value("name").strip() + "_";
        List<Map<String, Object>> items = new ArrayList<>();
        for (SurveyRow row : rows) {
            String name = row.value("name").strip();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", Names.questionKey(name.startsWith(prefix) ? name.substring(prefix.length()) : name));
            row.texts("label").ifPresent(label -> item.put("label", label));
            items.add(item);
            if (!allRequired && row.flag("required").orElse(false)) {
                row.warning("required", "in a matrix either every item is required or none; this one is not");
            }
            for (String header : row.headers()) {
                String base = header.contains("::") ? header.substring(0, header.indexOf("::")) : header;
                if (!List.of("type", "name", "label", "required").contains(base) && row.has(header)) {
                    row.warning(header, "column '" + header + "' is not kept for an item of a matrix; ignored");
                }
            }
        }
        return items;
    }
}
