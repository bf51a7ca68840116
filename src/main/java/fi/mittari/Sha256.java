package fi.mittari;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of stored definitions and reports, as lowercase hex: the one place SHA-256 is asked for. */
public final class Sha256 {

    private Sha256() {}

    public static String hex(byte[] content) {
        return lowercaseHex(digest().digest(content));
    }

    /** A fresh digest, for content hashed while it streams past (finish it with {@link #hexOf}). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The hash of everything {@code digest} has seen, as lowercase hex. */
    public static String hexOf(MessageDigest digest) {
        return lowercaseHex(digest.digest());
    }

    private static String lowercaseHex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
