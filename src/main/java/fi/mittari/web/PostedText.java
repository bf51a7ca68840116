package fi.mittari.web;

import io.micronaut.core.annotation.Nullable;

/**
 * A text field of a posted staff form as the pages read it: a field the browser left out (an unticked box, a
 * disabled input) binds as {@code null} and reads as empty, and the spaces a paste leaves around a value are dropped.
 */
public final class PostedText {

    private PostedText() {}

    public static String of(@Nullable String posted) {
        return posted == null ? "" : posted.strip();
    }

    /** A text whose spacing is the staff member's own (a message's body, a pasted list): only an absent one changes. */
    public static String asTyped(@Nullable String posted) {
        return posted == null ? "" : posted;
    }
}
