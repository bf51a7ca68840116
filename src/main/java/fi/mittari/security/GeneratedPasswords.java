package fi.mittari.security;

import java.security.SecureRandom;

/**
 * Passwords Mittari makes up for a new account or a reset: 20 characters in five groups, drawn from 31 letters and
 * digits that are not mistaken for one another when read aloud or copied by hand (no 0/o, 1/l/i), about 99 bits.
 */
public final class GeneratedPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 5;
    private static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {}

    public static String next() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
