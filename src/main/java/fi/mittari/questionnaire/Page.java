package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.Expression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page (section) of a questionnaire: a title, an optional introduction, an optional condition on the whole page and
 * the keys of its questions in order. When {@code relevant} is false every question on the page is hidden: its answer
 * is neither required nor stored. A questionnaire written without pages has one {@linkplain #implicit implicit} page
 * with an empty key and no texts, so code can always walk pages and respondents see no heading.
 */
public record Page(
        String key,
        LocalizedText title,
        LocalizedText intro,
        Optional<Expression> relevant,
        List<String> questionKeys) {

    public Page {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(relevant, "relevant");
        questionKeys = List.copyOf(questionKeys);
    }

    /** The one page of a questionnaire written with top-level {@code questions}: no key, no title, no condition. */
    public static Page implicit(List<String> questionKeys) {
        return new Page("", LocalizedText.empty(), LocalizedText.empty(), Optional.empty(), questionKeys);
    }

    /** True for the page of a questionnaire written without pages, which shows no heading. */
    public boolean isImplicit() {
        return key.isEmpty();
    }

    public boolean holds(String questionKey) {
        return questionKeys.contains(questionKey);
    }
}
