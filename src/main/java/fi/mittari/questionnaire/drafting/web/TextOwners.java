package fi.mittari.questionnaire.drafting.web;

import fi.mittari.questionnaire.builder.Entry;
import fi.mittari.questionnaire.builder.EntryList;
import fi.mittari.questionnaire.builder.Place;
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
        return place.match(new Place.Cases<>() {
            @Override
            public String root() {
                return say("drafting.owner.questionnaire");
            }

            @Override
            public String page(Place.PageAt page) {
                String key = document.outline().get(page.page()).key().orElse("");
                return say("drafting.owner.page", page.page() + 1, key);
            }

            @Override
            public String question(Place.QuestionAt question) {
                return say("drafting.owner.question", questionKey(question));
            }

            @Override
            public String entry(Place.EntryAt entry) {
                return entryOwner(entry);
            }
        });
    }

    /** The field's name ("label", "minLabel"...) in words; a field without words of its own keeps its name. */
    String field(String field) {
        return StaffMessages.message(staff, "drafting.field." + field).orElse(field);
    }

    private String entryOwner(Place.EntryAt entry) {
        List<Entry> entries = document.entries(entry.list());
        String value =
                entry.index() < entries.size() ? entries.get(entry.index()).value() : "";
        EntryList list = entry.list();
        if (list.question().isEmpty()) {
            return say("drafting.owner.sharedChoice", list.field(), value);
        }
        String question = questionKey(list.question().get());
        return list instanceof EntryList.Items
                ? say("drafting.owner.item", question, value)
                : say("drafting.owner.choice", question, value);
    }

    private String questionKey(Place.QuestionAt question) {
        return document.scalar(question, "key").orElse("?");
    }

    private String say(String key, Object... arguments) {
        return StaffMessages.message(staff, key, arguments).orElse(key);
    }
}
