package fi.mittari.questionnaire.drafting.web;

import fi.mittari.questionnaire.builder.Entry;
import fi.mittari.questionnaire.builder.EntryAt;
import fi.mittari.questionnaire.builder.EntryList;
import fi.mittari.questionnaire.builder.PageAt;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionAt;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.web.i18n.StaffMessages;
import java.util.List;
import java.util.Locale;

/** What a text belongs to and what it is, said in the staff member's language: "Question work_ability", "Hint". */
final class TextOwners {

    private final QuestionnaireDocument document;
    private final Locale staff;

    TextOwners(QuestionnaireDocument document, Locale staff) {
        this.document = document;
        this.staff = staff;
    }

    String owner(Place place) {
        if (place instanceof PageAt page) {
            String key = document.outline().get(page.page()).key().orElse("");
            return say("drafting.owner.page", page.page() + 1, key);
        }
        if (place instanceof QuestionAt question) {
            return say("drafting.owner.question", questionKey(question));
        }
        if (place instanceof EntryAt entry) {
            return entryOwner(entry);
        }
        return say("drafting.owner.questionnaire");
    }

    /** The field's name ("label", "minLabel"...) in words; a field without words of its own keeps its name. */
    String field(String field) {
        return StaffMessages.message(staff, "drafting.field." + field).orElse(field);
    }

    private String entryOwner(EntryAt entry) {
        List<Entry> entries = document.entries(entry.list());
        String value =
                entry.index() < entries.size() ? entries.get(entry.index()).value() : "";
        if (entry.list() instanceof EntryList.Choices choices) {
            return say("drafting.owner.choice", questionKey(choices.question()), value);
        }
        if (entry.list() instanceof EntryList.Items items) {
            return say("drafting.owner.item", questionKey(items.question()), value);
        }
        return say("drafting.owner.sharedChoice", ((EntryList.SharedList) entry.list()).name(), value);
    }

    private String questionKey(QuestionAt question) {
        return document.scalar(question, "key").orElse("?");
    }

    private String say(String key, Object... arguments) {
        return StaffMessages.message(staff, key, arguments).orElse(key);
    }
}
