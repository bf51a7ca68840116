package fi.mittari.questionnaire.builder;

import java.util.List;

/**
 * The order in which people write a mapping's fields (the order the format's reference and the samples use). A new
 * field goes before the first field already there that comes after it, so a file in another order is not reshuffled.
 */
enum FieldOrder {
    QUESTIONNAIRE(List.of(
            "key", "defaultLanguage", "languages", "title", "description", "choiceLists", "questions", "pages")),
    PAGE(List.of("key", "title", "intro", "relevant", "questions")),
    QUESTION(List.of(
            "key",
            "type",
            "appearance",
            "required",
            "personal",
            "concept",
            "relevant",
            "constraint",
            "constraintMessage",
            "choiceFilter",
            "min",
            "max",
            "decimal",
            "points",
            "rankCount",
            "minSelected",
            "maxSelected",
            "multiline",
            "maxLength",
            "unit",
            "label",
            "hint",
            "minLabel",
            "maxLabel",
            "labels",
            "items",
            "choices",
            "choicesFrom",
            "other")),
    ENTRY(List.of("value", "key", "exclusive", "label", "attributes")),
    TEXT(List.of("fi", "sv", "en")),
    OTHER(List.of("label"));

    private final List<String> fields;

    FieldOrder(List<String> fields) {
        this.fields = fields;
    }

    int positionFor(String field, List<String> present) {
        int rank = rank(field);
        for (int i = 0; i < present.size(); i++) {
            if (rank(present.get(i)) > rank) {
                return i;
            }
        }
        return present.size();
    }

    private int rank(String field) {
        int rank = fields.indexOf(field);
        return rank < 0 ? fields.size() : rank;
    }
}
