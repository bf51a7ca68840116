package fi.mittari.export;

import fi.mittari.security.Roles;
import java.util.Collection;
import java.util.Set;

/**
 * Who may export: administrators and analysts. Answers to questions marked personal and respondents' own words (open
 * questions, "other" texts) can identify a person, so only administrators may include them, and only when they ask.
 */
public final class ExportPermission {

    public static final Set<String> MAY_EXPORT = Set.of(Roles.ADMIN, Roles.ANALYST);
    public static final Set<String> MAY_INCLUDE_SENSITIVE = Set.of(Roles.ADMIN);

    private ExportPermission() {}

    public static boolean mayExport(Collection<String> roles) {
        return roles.stream().anyMatch(MAY_EXPORT::contains);
    }

    public static boolean mayIncludeSensitive(Collection<String> roles) {
        return roles.stream().anyMatch(MAY_INCLUDE_SENSITIVE::contains);
    }
}
