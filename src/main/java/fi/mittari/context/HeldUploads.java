package fi.mittari.context;

import java.time.Instant;
import java.util.Optional;

/**
 * Where uploaded context sheets wait for a decision (a port: {@link ImportPreviews} decides, the adapter in {@code
 * context.persistence} stores). An upload is its holder's only, and only until it expires.
 */
public interface HeldUploads {

    /** An upload as held: which sheet it is, its file's name and the sheet's bytes. */
    record Held(ImportPreviews.Kind kind, String fileName, byte[] sheet) {}

    void hold(String token, String username, Held upload, Instant now, Instant expiresAt);

    /** The upload, when it is {@code username}'s and has not expired at {@code now}. */
    Optional<Held> find(String token, String username, Instant now);

    /** Forgets the upload; true when this call forgot it (it was {@code username}'s and had not expired). */
    boolean forget(String token, String username, Instant now);

    /** Forgets every upload expired at {@code now}. */
    void forgetExpired(Instant now);
}
