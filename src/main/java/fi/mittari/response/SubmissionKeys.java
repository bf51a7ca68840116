package fi.mittari.response;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Submission keys. The web form's are random and unguessable, checked so a tampered key cannot be used to probe other
 * responses; staff clients (an {@code Idempotency-Key} header, an upload's {@code submission} column) choose their own.
 */
public final class SubmissionKeys {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** What a staff client may choose: 1 to 64 visible ASCII characters (the column holds 64). */
    private static final Pattern CLIENT_CHOSEN = Pattern.compile("[\\x21-\\x7E]{1,64}");

    public static final String CLIENT_KEY_RULE = "must be 1 to 64 visible ASCII characters (no spaces)";

    private SubmissionKeys() {}

    public static String fresh() {
        return UUID.randomUUID().toString();
    }

    public static boolean wellFormed(String key) {
        return VALID.matcher(key).matches();
    }

    /** The given key if well-formed, else a fresh one. */
    public static String orFresh(Optional<String> given) {
        return given.filter(k -> VALID.matcher(k).matches()).orElseGet(SubmissionKeys::fresh);
    }

    /** Whether a staff client's own key is usable as it is; see {@link #CLIENT_KEY_RULE}. */
    public static boolean isClientChosen(String key) {
        return CLIENT_CHOSEN.matcher(key).matches();
    }
}
