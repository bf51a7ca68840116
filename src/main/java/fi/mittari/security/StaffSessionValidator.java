package fi.mittari.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * What a login token must say besides a valid HS256 signature, which Micronaut's own claim validators leave out: an
 * expiry and a not-before time (Micronaut checks them only when present), Mittari exactly as the issuer, and a
 * session of an account that exists, is enabled and has not ended its sessions since ({@link StaffSessions}).
 * Micronaut runs claim validators on its blocking executor; the account's session generation is kept a few seconds
 * ({@link StaffSessions#isCurrent}).
 */
@Singleton
class StaffSessionValidator<T> implements GenericJwtClaimsValidator<T> {

    private final StaffSessions sessions;
    private final String issuer;

    StaffSessionValidator(StaffSessions sessions, ApplicationConfiguration application) {
        this.sessions = sessions;
        this.issuer = application.getName().orElseThrow();
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        if (!claims.contains(Claims.EXPIRATION_TIME)
                || !claims.contains(Claims.NOT_BEFORE)
                || !issuer.equals(claims.get(Claims.ISSUER))) {
            return false;
        }
        Object subject = claims.get(Claims.SUBJECT);
        Object generation = claims.get(StaffSessions.CLAIM);
        return subject instanceof String username
                && generation instanceof Number number
                && sessions.isCurrent(username, number.longValue());
    }
}
