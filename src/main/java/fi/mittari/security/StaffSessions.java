package fi.mittari.security;

import fi.mittari.KeptAWhile;
import java.util.Optional;

/**
 * Which login sessions still count. Every token carries its account's session generation ({@link #CLAIM}) from when
 * it was issued; it is accepted only while the account exists, is enabled and still has that generation.
 * {@link #endAll} moves the generation on: after a password change or reset, a disable, a change of roles or a
 * logout, every token issued before is refused.
 *
 * <p>Checking a token reads the generation kept in memory for {@code mittari.sessions.fresh-for} (5 s unless set),
 * since every API request checks its token and the generation seldom changes (docs/adr/0035). The instance that ends
 * the sessions refuses the old tokens at once (what it kept is forgotten when the change is made and again when its
 * transaction ends); another instance of a cluster refuses them within that time.
 */
@jakarta.inject.Singleton
public class StaffSessions {

    /** The token claim that holds the account's session generation. */
    public static final String CLAIM = "session_generation";

    private final SessionGenerations stored;
    private final KeptAWhile<String, Long> generations;

    StaffSessions(SessionGenerations stored, SessionSettings settings) {
        this.stored = stored;
        this.generations = new KeptAWhile<>(settings.freshFor());
    }

    /** The generation a new token of this account carries; empty when the account does not exist or is disabled. */
    public Optional<Long> currentGeneration(String username) {
        return stored.ofEnabled(username);
    }

    /** Whether a token of this account issued at {@code generation} still opens a session. */
    public boolean isCurrent(String username, long generation) {
        return generations
                .get(username, () -> currentGeneration(username))
                .map(g -> g == generation)
                .orElse(false);
    }

    /** Ends every session of the account: tokens issued before are refused from now on (see above for a cluster). */
    public void endAll(String username) {
        // a generation read before the surrounding transaction committed is forgotten too, once it is over
        stored.moveOn(username, generations::forget);
        generations.forget();
    }
}
