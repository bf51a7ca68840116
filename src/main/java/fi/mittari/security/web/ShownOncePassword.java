package fi.mittari.security.web;

import fi.mittari.security.SigningKey;
import fi.mittari.web.SecureCookieSetting;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Carries a generated password from the POST that made it to the page that shows it, across the redirect, without
 * storing it anywhere: an AES-GCM-encrypted, HTTP-only, SameSite=Strict cookie for that one account's page, valid for
 * ten minutes and cleared by the page that shows it. Encrypted with a key derived from the login-token key, so any
 * instance may show it.
 */
@Singleton
class ShownOncePassword {

    static final String COOKIE = "MITTARI_SHOWN_ONCE";
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;
    private final boolean secure;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ShownOncePassword(SigningKey signingKey, Clock clock, SecureCookieSetting cookie) {
        this.key = new SecretKeySpec(signingKey.derive("mittari shown-once password"), "AES");
        this.clock = clock;
        this.secure = cookie.cookieSecure();
    }

    /** The page that shows the password of {@code username}. */
    static String page(String username) {
        return "/staff/users/" + username + "/password";
    }

    Cookie seal(String username, String password) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        byte[] plain = (expires + "\n" + password).getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, username, plain);
        byte[] value = ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
        return cookie(Base64.getUrlEncoder().withoutPadding().encodeToString(value), username)
                .maxAge(LIFETIME);
    }

    /** The password sealed for {@code username}, if the request carries one that is still valid. */
    Optional<String> open(HttpRequest<?> request, String username) {
        Optional<Cookie> cookie = request.getCookies().findCookie(COOKIE);
        if (cookie.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] value = Base64.getUrlDecoder().decode(cookie.get().getValue());
            byte[] nonce = java.util.Arrays.copyOf(value, NONCE_BYTES);
            byte[] sealed = java.util.Arrays.copyOfRange(value, NONCE_BYTES, value.length);
            String[] plain = new String(cipher(Cipher.DECRYPT_MODE, nonce, username, sealed), StandardCharsets.UTF_8)
                    .split("\n", 2);
            boolean fresh = Instant.ofEpochSecond(Long.parseLong(plain[0])).isAfter(clock.instant());
            return fresh ? Optional.of(plain[1]) : Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Removes the cookie once the page has shown the password. */
    Cookie clear(String username) {
        return cookie("", username).maxAge(0);
    }

    private Cookie cookie(String value, String username) {
        return Cookie.of(COOKIE, value)
                .path(page(username))
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Strict);
    }

    /** The username is authenticated data: a cookie sealed for one account does not open on another's page. */
    private byte[] cipher(int mode, byte[] nonce, String username, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the shown-once cookie could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
