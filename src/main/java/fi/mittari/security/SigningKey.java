package fi.mittari.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs staff login tokens: MITTARI_JWT_SECRET's bytes exactly as set, so every instance given the same
 * secret accepts the others' logins; when it is not set, 64 random bytes, so logins end with a restart. A set secret
 * shorter than HS256's 32 bytes is refused rather than used.
 */
public final class SigningKey {

    static final int MINIMUM_BYTES = 32;
    private static final int RANDOM_BYTES = 64;

    private final byte[] bytes;
    private final boolean configured;

    private SigningKey(byte[] bytes, boolean configured) {
        this.bytes = bytes;
        this.configured = configured;
    }

    /** The key for a secret as configured: empty means none was set. */
    static SigningKey of(String secret) {
        if (secret.isEmpty()) {
            byte[] random = new byte[RANDOM_BYTES];
            new SecureRandom().nextBytes(random);
            return new SigningKey(random, false);
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MINIMUM_BYTES) {
            throw new IllegalStateException("MITTARI_JWT_SECRET is " + bytes.length
                    + " bytes long; it must be at least "
                    + MINIMUM_BYTES + " bytes (HS256 needs a 256-bit key). Set a longer secret, the same on every"
                    + " instance, or leave it unset for a random key per start.");
        }
        return new SigningKey(bytes, true);
    }

    /**
     * A 256-bit key for another purpose, derived from this one (HMAC-SHA256 of the purpose), so that every instance
     * sharing MITTARI_JWT_SECRET derives the same key and the signing key itself is never used twice.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, bytes.length);
    }

    /** Whether the key came from MITTARI_JWT_SECRET rather than from a random start-up value. */
    public boolean configured() {
        return configured;
    }
}
