package fi.mittari.questionnaire.xlsform;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spellings of a survey row's type that pyxform accepts, brought to the one the XLSForm reference writes, and the
 * type's word without its argument, which the converter decides on.
 */
final class TypeSpellings {

    private TypeSpellings() {}

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
    static String canonical(SurveyRow row) {
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

    /** The row's type without its argument: "select_one", "begin group" (also written begin_group), "integer"… */
    static String word(SurveyRow row) {
        String[] type = canonical(row).split("\\s+", 2);
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
}
