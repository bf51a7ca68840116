package fi.mittari.questionnaire.bank;

import fi.mittari.questionnaire.Language;
import java.util.Map;

/** A group of the bank: a page of the common measures, or a shipped questionnaire (a page of it when it has pages). */
public record BankGroup(String id, Map<Language, String> title) {

    public BankGroup {
        title = Map.copyOf(title);
    }

    public String titleIn(Language language) {
        return title.getOrDefault(language, title.values().stream().findFirst().orElse(id));
    }
}
