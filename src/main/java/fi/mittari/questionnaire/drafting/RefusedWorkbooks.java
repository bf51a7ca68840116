package fi.mittari.questionnaire.drafting;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Workbooks the staff page refused only for questions Mittari cannot ask, kept for a while so that importing one
 * without them is a click rather than choosing the file again. They are kept in the database, as the click may reach
 * another node than the refusal; each is its uploader's only, for an hour, and is forgotten when taken. A person keeps
 * one at a time (the latest refusal's), so the table holds at most one file of at most {@link
 * XlsFormDrafts#MAX_WORKBOOK_BYTES} per person who was refused within the hour.
 */
@Singleton
public class RefusedWorkbooks {

    /** How long a refused workbook waits for the click: long enough to read the problems, short enough to forget. */
    public static final Duration KEPT = Duration.ofHours(1);

    private final KeptWorkbooks kept;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RefusedWorkbooks(KeptWorkbooks kept, Clock clock) {
        this.kept = kept;
        this.clock = clock;
    }

    /**
     * Keeps the workbook for {@code username} in place of any they kept before; returns the token that names it.
     * Workbooks kept longer than {@link #KEPT} are deleted here.
     */
    public String keep(String username, String fileName, Optional<String> key, byte[] workbook) {
        if (workbook.length > XlsFormDrafts.MAX_WORKBOOK_BYTES) {
            throw new IllegalArgumentException("a workbook over the upload limit is never read, so never refused");
        }
        forgetEarlier(username);
        Instant now = clock.instant();
        String token = newToken();
        kept.keep(
                token,
                username,
                new KeptWorkbooks.Kept(
                        fileName.length() > 255 ? fileName.substring(0, 255) : fileName, key, workbook, now));
        return token;
    }

    /**
     * Forgets the workbook {@code username} kept, if any, and every workbook kept longer than {@link #KEPT}: a new
     * upload from the form replaces whatever an earlier one offered.
     */
    public void forgetEarlier(String username) {
        kept.forgetKeptBefore(clock.instant().minus(KEPT));
        kept.forgetAllOf(username);
    }

    /**
     * The workbook {@code token} names, forgotten as it is handed over; empty when it is not {@code username}'s, was
     * taken already or has expired (which are not told apart, so that a token tells nobody else anything).
     */
    public Optional<KeptWorkbooks.Kept> take(String token, String username) {
        Instant oldest = clock.instant().minus(KEPT);
        kept.forgetKeptBefore(oldest);
        return kept.find(token, username)
                .filter(workbook -> !workbook.keptAt().isBefore(oldest))
                // of two clicks racing, only the one that deletes the row imports it
                .filter(workbook -> kept.forget(token, username));
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
