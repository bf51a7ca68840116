package fi.mittari.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/**
 * Reads MITTARI_JWT_SECRET once, at start-up ({@link Context}), so that a secret too short stops the start with its
 * message instead of failing the first login.
 */
@Factory
class SigningKeyFactory {

    @Context
    SigningKey signingKey(LoginSettings login) {
        return SigningKey.of(login.tokenSecret());
    }
}
