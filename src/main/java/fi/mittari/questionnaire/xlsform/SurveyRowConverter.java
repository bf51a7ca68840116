package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * Spellings pyxform accepts for the same type, as the XLSForm reference writes it; longer spellings first, since
     * "select one " also starts "select one from ".
     */
    private static final List<Map.Entry<String, String>> ALIASES = List.of(
            Map.entry("add select one prompt using ", "select_one "),
            Map.entry("add select multiple prompt using ", "select_multiple "),
            Map.entry("select all that apply from ", "select_multiple "),
            Map.entry("select one from ", "select_one "),
            Map.entry("select all that apply ", "select_multiple "),
            Map.entry("select_all_that_apply ", "select_multiple "),
            Map.entry("select multiple ", "select_multiple "),
            Map.entry("select one ", "select_one "),
            Map.entry("select1 ", "select_one "));

    /** pyxform's other spellings of "or_other" after a select's list name. */
    private static final List<String> OR_OTHER_SPELLINGS = List.of(" or specify other", " or other");

    /** "phone number" is a text that ODK limits to digits; Mittari keeps the text and leaves the check out. */
    private static final Map<String, String> WORD_ALIASES =
            Map.of("string", "text", "int", "integer", "phone number", "text", "trigger", "acknowledge");

    /** The row's type as the reference writes it: "select one yn" is "select_one yn", "string" is "text". */
    static String canonicalType(SurveyRow row) {
        String type = row.value("type").strip();
        String lower = type.toLowerCase(Locale.ROOT);
        for (var alias : ALIASES) {
            if (lower.startsWith(alias.getKey())) {
                return alias.getValue()
                        + orOther(type.substring(alias.getKey().length()).strip());
            }
        }
        if (lower.startsWith("select_one ") || lower.startsWith("select_multiple ")) {
            return orOther(type);
        }
        return WORD_ALIASES.getOrDefault(lower, type);
    }

    private static String orOther(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        for (String spelling : OR_OTHER_SPELLINGS) {
            if (lower.endsWith(spelling)) {
                return argument.substring(0, argument.length() - spelling.length()) + " or_other";
            }
        }
        return argument;
    }

    /** The types whose read-only row shows its calculation's value; a refused type stays refused. */
    private static final Set<String> SHOWN_READ_ONLY =
            Set.of("text", "integer", "decimal", "date", "time", "datetime", "select_one", "select_multiple", "range");

    private final Language main;
    private final Map<String, String> keys;
    private final Map<String, List<Map<String, Object>>> choiceLists;
    private final Optional<Map<String, List<Map<String, Object>>>> externalChoiceLists;
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
        this.externalChoiceLists = externalChoiceLists;
        this.properties = new RowProperties(translator);
        this.shownCalculations = new ShownCalculations(keys);
    }

    /** The row's type without its argument: "select_one", "begin group" (also written begin_group), "integer"… */
    static String typeWord(SurveyRow row) {
        String[] type = canonicalType(row).split("\\s+", 2);
        String word = type[0].toLowerCase(Locale.ROOT).replace('_', ' ');
        if (word.equals("begin") || word.equals("end")) {
            String argument = type.length > 1 ? type[1].strip() : "";
            // "end" alone is the metadata of when the form was finished, not the end of a group
            return argument.isEmpty()
                    ? word
                    : word + " " + argument.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return word.startsWith("begin ") || word.startsWith("end ") ? word : word.replace(' ', '_');
    }

    /**
     * The questions of one row: a row that shows a calculated value (a note, or a read-only row, with a calculation)
     * gives a calculate question and a note showing its value (see {@link ShownCalculations}); any other row at most
     * one question.
     */
    List<Map<String, Object>> convertAll(SurveyRow row) {
        String word = typeWord(row);
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
        String[] type = canonicalType(row).split("\\s+", 2);
        String word = typeWord(row);
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
                return choice(row, word, argument);
            case "select_one_external":
            case "select_multiple_external":
                return external(row, word.substring(0, word.length() - "_external".length()), argument);
            case "range":
                return RangeParameters.read(row).flatMap(scale -> question(row, "rating", scale));
            case "begin group":
                return nestedGroup(row);
            case "end group":
            case "end repeat":
                return Optional.empty();
            case "begin repeat":
                row.error("type", "repeats (begin repeat) are not supported: Mittari asks each question once");
                return Optional.empty();
            case "rank":
                return ranking(row, argument);
            case "calculate":
                return calculate(row);
            case "hidden":
                // pyxform's hidden is a value without a control: with a calculation it is one
                return row.has("calculation") ? calculate(row) : unknown(row, word);
            default:
                return unknown(row, word);
        }
    }

    private Optional<Map<String, Object>> choice(SurveyRow row, String type, String argument) {
        String[] words = argument.split("\\s+");
        boolean orOther = words.length == 2 && words[1].equalsIgnoreCase("or_other");
        String listName = orOther ? words[0] : argument;
        if (listName.isEmpty() || listName.contains(" ")) {
            row.error(
                    "type",
                    "'" + row.value("type") + "' needs exactly one choice list name after " + type
                            + " (and optionally or_other)");
            return Optional.empty();
        }
        List<Map<String, Object>> choices = choiceLists.get(listName);
        if (choices == null) {
            row.error("type", "choice list '" + listName + "' is not in the choices sheet");
            return Optional.empty();
        }
        if (type.equals("select_one")
                && !orOther
                && row.value("appearance").strip().equals("likert")) {
            Optional<Map<String, Object>> scale = LikertLists.scale(choices);
            if (scale.isPresent()) {
                return question(row, "likert", scale.get());
            }
            row.warning(
                    "appearance",
                    "appearance 'likert' needs a list valued 1 to N with " + LikertLists.RANGE
                            + " points; imported as a single choice");
        }
        Map<String, Object> typeProperties = new LinkedHashMap<>();
        typeProperties.put("choices", choices);
        if (orOther) {
            typeProperties.put(
                    "other",
                    row.texts("mittari_other_label")
                            .<Object>map(l -> Map.of("label", l))
                            .orElse(true));
        }
        properties.choiceFilter(row, choices).ifPresent(filter -> typeProperties.put("choiceFilter", filter));
        String mittariType = type.equals("select_one") ? "single_choice" : "multiple_choice";
        return question(row, mittariType, typeProperties);
    }

    /**
     * pyxform writes the external_choices sheet to a file the form looks its choices up in; Mittari reads the same
     * sheet straight into the question, so the answers are the same values.
     */
    private Optional<Map<String, Object>> external(SurveyRow row, String type, String listName) {
        if (externalChoiceLists.isEmpty()) {
            row.error(
                    "type",
                    "'" + row.value("type") + "' takes its choices from the external_choices sheet, which this"
                            + " workbook does not have; add the sheet with list '" + listName + "'");
            return Optional.empty();
        }
        List<Map<String, Object>> choices = externalChoiceLists.get().get(listName);
        if (listName.isEmpty() || listName.contains(" ") || choices == null) {
            row.error(
                    "type",
                    "'" + row.value("type") + "' needs the name of a list in the external_choices sheet after " + type
                            + "_external");
            return Optional.empty();
        }
        return question(
                row, type.equals("select_one") ? "single_choice" : "multiple_choice", Map.of("choices", choices));
    }

    private Optional<Map<String, Object>> ranking(SurveyRow row, String listName) {
        List<Map<String, Object>> choices = choiceLists.get(listName);
        if (listName.isEmpty() || listName.contains(" ") || choices == null) {
            row.error("type", "'" + row.value("type") + "' needs the name of a list in the choices sheet after rank");
            return Optional.empty();
        }
        return question(row, "ranking", Map.of("choices", choices));
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
