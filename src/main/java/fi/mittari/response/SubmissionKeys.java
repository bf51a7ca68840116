package fi.mittari.response;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Submission keys: random, unguessable, and checked so a tampered key cannot be used to probe other responses. */
public final class SubmissionKeys {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private SubmissionKeys() {}

    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** The given key if well-formed, else a fresh one. */
    public static String orFresh(Optional<String> given) {
        return given.filter(k -> VALID.matcher(k).matches()).orElseGet(SubmissionKeys::fresh);
    }
}
