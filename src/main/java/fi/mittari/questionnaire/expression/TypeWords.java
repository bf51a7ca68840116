package fi.mittari.questionnaire.expression;

/** Plain-word names of types for messages, and which types can stand in for one another. */
final class TypeWords {

    private TypeWords() {}

    static String describe(ValueType type) {
        switch (type) {
            case BOOLEAN:
                return "a true/false value";
            case NUMBER:
                return "a number";
            case TEXT:
                return "a text";
            case DATE:
                return "a date";
            case TIME:
                return "a time of day";
            case DATETIME:
                return "a date and time";
            case CHOICE:
                return "a single-choice answer";
            default:
                return "a multiple-choice answer";
        }
    }

    /** A single-choice answer is a text as far as comparisons are concerned. */
    static ValueType comparable(ValueType type) {
        return type == ValueType.CHOICE ? ValueType.TEXT : type;
    }

    static boolean fits(ValueType actual, ValueType expected) {
        return actual == expected || (expected == ValueType.TEXT && actual == ValueType.CHOICE);
    }
}
