package fi.mittari.questionnaire;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a question measures, apart from how it is asked. {@code concept} is a code such as {@code outcome.new_partners}
 * or {@code dim.region} that stays the same across questionnaires and versions, so indicators refer to concepts rather
 * than to one questionnaire's layout ("" when the question has none). {@code personal} marks answers that can identify
 * someone (name, email, phone, revealing free text): they are kept out of exports and reports by default.
 */
public record Classification(String concept, boolean personal) {

    public static final Classification NONE = new Classification("", false);

    /** Two or more dot-separated parts of lowercase letters, digits and underscores: {@code dim.sector}. */
    public static final Pattern CONCEPT = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    public Classification {
        Objects.requireNonNull(concept, "concept");
    }

    public Optional<String> conceptCode() {
        return concept.isEmpty() ? Optional.empty() : Optional.of(concept);
    }
}
