package fi.mittari.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;

/**
 * Reads MITTARI_JWT_SECRET once, at start-up ({@link Context}), so that a secret too short stops the start with its
 * message instead of failing the first login.
 */
@Factory
class SigningKeyFactory {

    @Context
    SigningKey signingKey(@Value("${mittari.login.token-secret:}") String secret) {
        return SigningKey.of(secret);
    }
}
