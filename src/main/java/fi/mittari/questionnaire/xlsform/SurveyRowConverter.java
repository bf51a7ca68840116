package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts one survey row into a Mittari question (as a YAML-ready map), reporting whatever does not carry over. Rows
 * that cannot be converted become no question, with an error, so the caller never emits a wrong definition unnoticed.
 */
final class SurveyRowConverter {

    private static final Set<String> METADATA = Set.of(
            "start",
            "end",
            "today",
            "deviceid",
            "subscriberid",
            "simserial",
            "phonenumber",
            "username",
            "email",
            "audit",
            "start-geopoint",
            "imei",
            "uri:deviceid",
            // a value kept out of sight, which only a default or an external app fills in
            "hidden");

    /** The types whose read-only row shows its calculation's value; a refused type stays refused. */
    private static final Set<String> SHOWN_READ_ONLY =
            Set.of("text", "integer", "decimal", "date", "time", "datetime", "select_one", "select_multiple", "range");

    private final Language main;
    private final Map<String, String> keys;
    private final Map<String, List<Map<String, Object>>> choiceLists;
    private final SelectRows selects;
    private final RowProperties properties;
    private final ShownCalculations shownCalculations;

    /**
     * @param externalChoiceLists the lists of the workbook's external_choices sheet, empty when it has none
     */
    SurveyRowConverter(
            Map<String, String> keys,
            Map<String, List<Map<String, Object>>> choiceLists,
            Optional<Map<String, List<Map<String, Object>>>> externalChoiceLists,
            XPathTranslator translator,
            Language main) {
        this.main = main;
        this.keys = keys;
        this.choiceLists = choiceLists;
        this.properties = new RowProperties(translator);
        this.selects = new SelectRows(choiceLists, externalChoiceLists, properties);
        this.shownCalculations = new ShownCalculations(keys);
    }

    /**
     * The questions of one row: a row that shows a calculated value (a note, or a read-only row, with a calculation)
     * gives a calculate question and a note showing its value (see {@link ShownCalculations}); any other row at most
     * one question.
     */
    List<Map<String, Object>> convertAll(SurveyRow row) {
        String word = TypeSpellings.word(row);
        boolean shown = word.equals("note")
                || SHOWN_READ_ONLY.contains(word) && row.flag("read_only").orElse(false);
        if (!shown || !row.has("calculation")) {
            return convert(row).stream().toList();
        }
        if (!word.equals("note")) {
            row.warning(
                    "read_only",
                    "a read-only row with a calculation shows a calculated value: it becomes a calculate question"
                            + " and a note showing its value");
        }
        Optional<Map<String, Object>> calculate = calculate(row);
        if (calculate.isEmpty() || row.texts("label").isEmpty()) {
            return calculate.stream().toList();
        }
        return List.of(calculate.get(), shownCalculations.note(calculate.get()));
    }

    Optional<Map<String, Object>> convert(SurveyRow row) {
        String[] type = TypeSpellings.canonical(row).split("\\s+", 2);
        String word = TypeSpellings.word(row);
        String argument =
                word.startsWith("begin ") || word.startsWith("end ") || type.length < 2 ? "" : type[1].strip();
        switch (word) {
            case "integer":
                return question(row, "number", Map.of());
            case "decimal":
                return question(row, "number", Map.of("decimal", true));
            case "text":
            case "note":
            case "date":
            case "time":
            case "datetime":
                return question(row, word, Map.of());
            case "acknowledge":
                return question(row, "consent", Map.of());
            case "select_one":
            case "select_multiple":
                return typed(row, selects.choice(row, word, argument));
            case "select_one_external":
            case "select_multiple_external":
                return typed(
                        row, selects.external(row, word.substring(0, word.length() - "_external".length()), argument));
            case "range":
                return RangeParameters.read(row).flatMap(scale -> question(row, "rating", scale));
            case "begin group":
                return nestedGroup(row);
            case "end group":
                return Optional.empty();
            case "rank":
                return typed(row, selects.ranking(row, argument));
            case RepeatExpansion.ADD_ANOTHER_TYPE:
                return question(row, "yes_no", Map.of());
            case "calculate":
                return calculate(row);
            case "hidden":
                // pyxform's hidden is a value without a control: with a calculation it is one
                return row.has("calculation") ? calculate(row) : unknown(row, word);
            default:
                return unknown(row, word);
        }
    }

    /** A value the server works out; pyxform's rows have no label, so staff see the name until one is written. */
    private Optional<Map<String, Object>> calculate(SurveyRow row) {
        if (!row.has("calculation")) {
            row.error("calculation", "a calculate row needs a calculation");
            return Optional.empty();
        }
        return properties.expression(row, "calculation").flatMap(calculation -> question(
                        row, "calculate", Map.of("calculation", calculation))
                .map(question -> {
                    question.putIfAbsent(
                            "label", Map.of(main.code(), row.value("name").strip()));
                    return question;
                }));
    }

    /**
     * A matrix from a {@code table-list} group whose rows ({@code items}) are all select_one on one list: the group
     * row gives its key, label and hint, each item row an item, named without the group's "name_" prefix.
     */
    Optional<Map<String, Object>> matrix(SurveyRow group, List<SurveyRow> items, String listName) {
        boolean allRequired =
                items.stream().allMatch(item -> item.flag("required").orElse(false));
        List<Map<String, Object>> matrixItems = MatrixGroup.items(group, items, allRequired);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("items", matrixItems);
        properties.put("choices", choiceLists.get(listName));
        return question(group, "matrix", properties).map(matrix -> {
            if (allRequired) {
                matrix.put("required", true);
            }
            return matrix;
        });
    }

    /**
     * A group inside a page has no Mittari equivalent: its label becomes a note before its questions, and
     * {@link PageAssembler} adds its condition to each of them.
     */
    private Optional<Map<String, Object>> nestedGroup(SurveyRow row) {
        if (!row.has("name") || row.texts("label").isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("key", keys.get(row.value("name")));
        note.put("type", "note");
        note.put("label", row.texts("label").get());
        row.texts("hint").ifPresent(hint -> note.put("hint", hint));
        return Optional.of(note);
    }

    private Optional<Map<String, Object>> unknown(SurveyRow row, String type) {
        if (METADATA.contains(type)) {
            row.warning("type", "metadata '" + type + "' is not collected by Mittari; row ignored");
        } else if (type.isEmpty() && !row.has("name") && row.texts("label").isEmpty()) {
            row.warning("type", "a row without type, name or label is a comment; row ignored");
        } else if (type.isEmpty()) {
            row.error("type", "the row has no type");
        } else {
            row.error("type", RefusedTypes.reason(type, row.value("type")));
        }
        return Optional.empty();
    }

    private Optional<Map<String, Object>> typed(SurveyRow row, Optional<SelectRows.Typed> typed) {
        return typed.flatMap(select -> question(row, select.type(), select.properties()));
    }

    private Optional<Map<String, Object>> question(SurveyRow row, String type, Map<String, Object> typeProperties) {
        if (!row.has("name")) {
            row.error("name", "a question needs a name");
            return Optional.empty();
        }
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("key", keys.get(row.value("name")));
        question.put("type", type);
        properties.addCommon(row, type, question);
        question.putAll(typeProperties);
        properties.addTypeSpecific(row, type, question);
        return Optional.of(question);
    }
}
