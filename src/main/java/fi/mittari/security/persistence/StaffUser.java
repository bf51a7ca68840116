package fi.mittari.security.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A staff account. {@code roles} is a comma-separated list of {@link fi.mittari.security.Roles}; {@code language} is the
 * language of the staff pages ("fi", "sv" or "en").
 */
@MappedEntity("staff_user")
public record StaffUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        String roles,
        Instant createdAt,
        String language) {

    /** Staff pages are in Finnish unless the account says otherwise. */
    public static final String DEFAULT_LANGUAGE = "fi";

    public java.util.List<String> roleList() {
        return java.util.Arrays.stream(roles.split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
    }
}
