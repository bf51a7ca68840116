package fi.mittari.security;

import java.time.Instant;
import java.util.List;

/** A staff account as the account pages show it; never its password hash. */
public record StaffAccount(String username, List<String> roles, String language, boolean enabled, Instant createdAt) {

    /** Staff pages are in Finnish unless the account says otherwise. */
    public static final String DEFAULT_LANGUAGE = "fi";

    public boolean has(String role) {
        return roles.contains(role);
    }
}
