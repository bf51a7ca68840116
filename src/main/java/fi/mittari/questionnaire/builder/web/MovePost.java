package fi.mittari.questionnaire.builder.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A move button's post: {@code direction} up moves a question or a page one place earlier, anything else later. */
@Serdeable.Deserializable
record MovePost(@Nullable String direction) {

    int delta() {
        return "up".equals(direction == null ? "" : direction.strip()) ? -1 : 1;
    }
}
