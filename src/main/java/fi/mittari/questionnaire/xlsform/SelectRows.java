package fi.mittari.questionnaire.xlsform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows that choose from a list ({@code select_one}, {@code select_multiple}, their {@code _external} forms and
 * {@code rank}): which Mittari type each becomes and its choices, or the reason at the type cell why it cannot.
 */
final class SelectRows {

    /** The Mittari type of a row and the properties that type takes from it. */
    record Typed(String type, Map<String, Object> properties) {}

    private final Map<String, List<Map<String, Object>>> choiceLists;
    private final Optional<Map<String, List<Map<String, Object>>>> externalChoiceLists;
    private final RowProperties properties;

    SelectRows(
            Map<String, List<Map<String, Object>>> choiceLists,
            Optional<Map<String, List<Map<String, Object>>>> externalChoiceLists,
            RowProperties properties) {
        this.choiceLists = choiceLists;
        this.externalChoiceLists = externalChoiceLists;
        this.properties = properties;
    }

    Optional<Typed> choice(SurveyRow row, String type, String argument) {
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
                return Optional.of(new Typed("likert", scale.get()));
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
        return Optional.of(new Typed(mittariType, typeProperties));
    }

    /**
     * pyxform writes the external_choices sheet to a file the form looks its choices up in; Mittari reads the same
     * sheet straight into the question, so the answers are the same values.
     */
    Optional<Typed> external(SurveyRow row, String type, String listName) {
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
        return Optional.of(
                new Typed(type.equals("select_one") ? "single_choice" : "multiple_choice", Map.of("choices", choices)));
    }

    Optional<Typed> ranking(SurveyRow row, String listName) {
        List<Map<String, Object>> choices = choiceLists.get(listName);
        if (listName.isEmpty() || listName.contains(" ") || choices == null) {
            row.error("type", "'" + row.value("type") + "' needs the name of a list in the choices sheet after rank");
            return Optional.empty();
        }
        return Optional.of(new Typed("ranking", Map.of("choices", choices)));
    }
}
