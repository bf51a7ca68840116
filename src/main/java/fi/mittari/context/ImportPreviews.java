package fi.mittari.context;

import fi.mittari.sheet.ResponseSheet;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * An uploaded events or participation sheet held between its preview and the staff member's decision, in the
 * database so that any node can finish it. Each showing checks the sheet afresh against the data as it is then, and
 * saving stores it only if that check still gives the plan the staff member saw (by its fingerprint): all or nothing.
 */
@Singleton
public class ImportPreviews {

    /** How long an upload waits for a decision. */
    public static final Duration HELD = Duration.ofHours(1);

    public enum Kind {
        EVENTS,
        PARTICIPATION
    }

    /** A held upload as it would be stored now. */
    public record Preview(String token, Kind kind, String fileName, ImportPlan plan) {}

    /** What became of "save". */
    public sealed interface Saved {

        record Stored(int rows, int events) implements Saved {}

        /** The sheet has problems now; nothing was stored. */
        record Refused(Preview preview) implements Saved {}

        /** The plan differs from the one that was shown; nothing was stored and the new one is to be shown. */
        record Changed(Preview preview) implements Saved {}

        /** No such upload for this user: saved or cancelled already, or expired. */
        record Gone() implements Saved {}
    }

    private final HeldUploads uploads;
    private final ImportingContext importing;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ImportPreviews(HeldUploads uploads, ImportingContext importing, Clock clock) {
        this.uploads = uploads;
        this.importing = importing;
        this.clock = clock;
    }

    /** Holds the sheet for {@code username}; returns the token that names it. Expired uploads are deleted here. */
    @Transactional
    public String hold(String username, Kind kind, String fileName, ResponseSheet sheet) {
        Instant now = clock.instant();
        uploads.forgetExpired(now);
        String token = newToken();
        uploads.hold(
                token,
                username,
                new HeldUploads.Held(
                        kind, fileName.length() > 255 ? fileName.substring(0, 255) : fileName, SheetBytes.write(sheet)),
                now,
                now.plus(HELD));
        return token;
    }

    /** The held upload as it would be stored now, or empty when it is not this user's or has expired. */
    @Transactional(readOnly = true)
    public Optional<Preview> show(String token, String username) {
        return uploads.find(token, username, clock.instant())
                .map(held -> new Preview(
                        token, held.kind(), held.fileName(), plan(held.kind(), SheetBytes.read(held.sheet()))));
    }

    /** Stores the upload if it still plans to {@code fingerprint}, and forgets it; else stores nothing. */
    @Transactional
    public Saved save(String token, String username, String fingerprint) {
        Optional<Preview> preview = show(token, username);
        if (preview.isEmpty()) {
            return new Saved.Gone();
        }
        ImportPlan plan = preview.get().plan();
        if (!plan.storable()) {
            return new Saved.Refused(preview.get());
        }
        if (!plan.fingerprint().equals(fingerprint)) {
            return new Saved.Changed(preview.get());
        }
        // Deleted first: of two saves racing, only the one that deletes the row stores it.
        if (!uploads.forget(token, username, clock.instant())) {
            return new Saved.Gone();
        }
        ImportOutcome outcome = plan instanceof ImportPlan.Events events
                ? importing.store(events)
                : importing.store((ImportPlan.Participations) plan);
        ImportOutcome.Stored stored = (ImportOutcome.Stored) outcome;
        return new Saved.Stored(stored.rows(), stored.events());
    }

    /** Forgets the upload; nothing of it was stored. */
    @Transactional
    public void cancel(String token, String username) {
        uploads.forget(token, username, clock.instant());
    }

    private ImportPlan plan(Kind kind, ResponseSheet sheet) {
        return switch (kind) {
            case EVENTS -> importing.planEvents(sheet);
            case PARTICIPATION -> importing.planParticipation(sheet);
        };
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
