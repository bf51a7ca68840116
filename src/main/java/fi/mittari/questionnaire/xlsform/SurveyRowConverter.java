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

    /** A value kept out of sight, which only a default or an external app fills in: ignored like metadata. */
    private static final String HIDDEN = "hidden";

    /** The types whose read-only row shows its calculation's value; a refused type stays refused. */
    private static final Set<String> SHOWN_READ_ONLY =
            Set.of("text", "integer", "decimal", "date", "time", "datetime", "select_one", "select_multiple", "range");

    private final Language main;
    private final Map<String, String> keys;
    private final Map<String, List<Map<String, Object>>> choiceLists;
    private final SelectRows selects;
    private final RowProperties properties;
    private final ShownCalculations shownCalculations;
    private final MetadataRows metadata;

    /**
     * @param externalChoiceLists the lists of the workbook's external_choices sheet, empty when it has none
     * @param metadata the survey's metadata rows, a referred moment among them becoming a calculation
     */
    SurveyRowConverter(
            Map<String, String> keys,
            Map<String, List<Map<String, Object>>> choiceLists,
            Optional<Map<String, List<Map<String, Object>>>> externalChoiceLists,
            XPathTranslator translator,
            MetadataRows metadata,
            Language main) {
        this.main = main;
        this.metadata = metadata;
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
            case "note":
                return mediaOnly(row) ? ignoredMedia(row) : question(row, word, Map.of());
            case "text":
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
            case "start":
            case "end":
            case "today":
                return metadata.calculation(row.value("name").strip())
                        .map(calculation -> moment(row, word, calculation))
                        .or(() -> unknown(row, word));
            case HIDDEN:
                // pyxform's hidden is a value without a control: with a calculation it is one
                return row.has("calculation") ? calculate(row) : unknown(row, word);
            default:
                return unknown(row, word);
        }
    }

    /** The columns in which a row shows a picture, a sound or a video, with or without a language. */
    private static final Set<String> MEDIA = Set.of("image", "big-image", "audio", "video", "media");

    /** A note with no text of its own, only media: what ODK forms use for a picture between questions. */
    private static boolean mediaOnly(SurveyRow row) {
        return row.texts("label").isEmpty()
                && row.texts("hint").isEmpty()
                && MEDIA.stream().anyMatch(media -> row.texts(media).isPresent());
    }

    /** Mittari shows no media, and a note without text shows nothing, so the row is left out rather than refused. */
    private static Optional<Map<String, Object>> ignoredMedia(SurveyRow row) {
        row.warning(
                "type",
                "a note with only an image, sound or video and no text shows nothing in Mittari, which"
                        + " shows no media; row ignored");
        return Optional.empty();
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
     * A start, end or today row that a cell refers to: the server's clock gives its value. Mittari works a calculation
     * out each time it checks the answers (when a page is shown, with that moment as now(), and when the response is
     * sent, with that moment), and stores the value worked out when the response is sent.
     */
    private Map<String, Object> moment(SurveyRow row, String type, String calculation) {
        row.warning(
                "type",
                "metadata '" + type + "' is referred to, so it becomes a calculate question of " + calculation + ": "
                        + (type.equals("today")
                                ? "pages show today's date, and the date the response is sent is stored"
                                : "the time the response is sent is stored, to the minute, for start too; before"
                                        + " that, a page shows the moment it is shown, as a date and time in the"
                                        + " respondent's language"));
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("key", keys.get(row.value("name")));
        question.put("type", "calculate");
        question.put("label", Map.of(main.code(), row.value("name").strip()));
        question.put("calculation", calculation);
        return question;
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
            if (!matrix.containsKey("label")) {
                // ODK shows a table-list group without a label as the bare table; a matrix needs a title
                group.warning("label", "the group has no label; its matrix is titled with its name");
                matrix.put("label", Map.of(main.code(), group.value("name").strip()));
            }
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
        if (MetadataRows.isMetadata(type) || type.equals(HIDDEN)) {
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
