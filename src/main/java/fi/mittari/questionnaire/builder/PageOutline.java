package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A page as the builder lists it; an unpaged document's one page has no key and no title. */
public record PageOutline(
        Place.PageAt at, Optional<String> key, Map<Language, String> title, List<QuestionOutline> questions) {

    public PageOutline {
        title = Map.copyOf(title);
        questions = List.copyOf(questions);
    }
}
