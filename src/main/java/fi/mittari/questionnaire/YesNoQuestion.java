package fi.mittari.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Yes or no; stored as the choice values {@code yes} and {@code no}, worded in the respondent's language. */
public record YesNoQuestion(
        String key, LocalizedText label, LocalizedText hint, boolean required, Classification classification)
        implements Question {

    public static final String YES = "yes";
    public static final String NO = "no";

    /** Yes and no as choices, labelled in every language Mittari speaks (for reports and exports). */
    public static final List<Choice> CHOICES = List.of(
            new Choice(YES, new LocalizedText(Map.of(Language.FI, "Kyllä", Language.SV, "Ja", Language.EN, "Yes"))),
            new Choice(NO, new LocalizedText(Map.of(Language.FI, "Ei", Language.SV, "Nej", Language.EN, "No"))));

    public YesNoQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(classification, "classification");
    }

    @Override
    public List<Choice> singleAnswerChoices() {
        return CHOICES;
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitYesNo(this);
    }

    @Override
    public String typeName() {
        return "yes_no";
    }

    @Override
    public List<Choice> answerChoices() {
        return CHOICES;
    }

    @Override
    public Optional<OtherChoice> other() {
        return Optional.empty();
    }
}
