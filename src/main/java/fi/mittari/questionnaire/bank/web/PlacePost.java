package fi.mittari.questionnaire.bank.web;

import fi.mittari.web.PostedText;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;

/**
 * Where a picked bank question goes, as posted: {@code where} is "page:index" of the chosen radio button, and absent
 * when none was chosen. Whether that place exists is the draft's outline's to say ({@link BankPlaces#parse}).
 */
@Serdeable.Deserializable
@Introspected
record PlacePost(
        @Pattern(regexp = "\\d{1,4}:\\d{1,4}", message = "drafting.bank.problem.where") @Nullable String where) {

    static final PlacePost NONE = new PlacePost(null);

    PlacePost {
        where = PostedText.of(where);
    }
}
