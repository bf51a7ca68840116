package fi.mittari.questionnaire.bank;

import fi.mittari.questionnaire.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A question of the bank: {@code id} ("source/key") names it in links, {@code group} is where it is listed, {@code
 * yaml} is its own text, inserted as written (its key made unique in the draft it goes to).
 */
public record BankQuestion(
        String id, BankGroup group, String key, String type, Map<Language, String> label, String yaml) {

    public BankQuestion {
        label = Map.copyOf(label);
    }

    /** The label in {@code language}, else in the first language it has. */
    public String labelIn(Language language) {
        return label.getOrDefault(language, label.values().stream().findFirst().orElse(key));
    }

    /** Every word of {@code words} is found in the key, the type, the group or a label in any language. */
    boolean matches(List<String> words) {
        String haystack = (key + " " + type + " " + String.join(" ", label.values()) + " "
                        + String.join(" ", group.title().values()))
                .toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }
}
