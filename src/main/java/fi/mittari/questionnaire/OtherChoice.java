package fi.mittari.questionnaire;

import java.util.Map;
import java.util.Objects;

/**
 * "Other, please specify" on a choice question: one more choice, valued {@value #VALUE}, whose answer comes with a text
 * the respondent types. An empty {@code label} means the standard wording in every language Mittari speaks.
 */
public record OtherChoice(LocalizedText label) {

    public static final String VALUE = "other";

    /** The same words in forms, reports and exports, like the yes/no labels. */
    public static final LocalizedText DEFAULT_LABEL = new LocalizedText(Map.of(
            Language.FI, "Muu, mikä?",
            Language.SV, "Annat, vad?",
            Language.EN, "Other, please specify"));

    public OtherChoice {
        Objects.requireNonNull(label, "label");
    }

    public static OtherChoice standard() {
        return new OtherChoice(LocalizedText.empty());
    }

    /** As a choice among the others: what answers store, shares count and forms show. */
    public Choice asChoice() {
        return new Choice(VALUE, label.isEmpty() ? DEFAULT_LABEL : label);
    }
}
