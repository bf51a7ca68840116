package fi.mittari.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff navigation and who sees each entry. An entry is shown only to the roles its page lets in, so a person never
 * follows a link to "forbidden"; {@code StaffNavigationIntegrationTest} checks this table against the pages' own rules.
 * (Role names are repeated here rather than imported: the web layer knows no feature.)
 */
final class StaffNavigation {

    record Entry(String href, String messageKey, Set<String> roles) {}

    private static final Set<String> EVERYONE = Set.of("ADMIN", "DESIGNER", "ANALYST", "FUNDER");
    private static final Set<String> COORDINATORS = Set.of("ADMIN", "DESIGNER", "ANALYST");

    static final List<Entry> ENTRIES = List.of(
            new Entry("/staff", "common.nav.home", EVERYONE),
            new Entry("/staff/projects", "common.nav.projects", COORDINATORS),
            new Entry("/staff/events", "common.nav.events", COORDINATORS),
            new Entry("/staff/questionnaires", "common.nav.questionnaires", COORDINATORS),
            new Entry("/staff/campaigns", "common.nav.campaigns", COORDINATORS),
            new Entry("/staff/indicators", "common.nav.indicators", EVERYONE),
            new Entry("/staff/reports", "common.nav.reports", Set.of("ADMIN", "ANALYST", "FUNDER")),
            new Entry("/staff/definitions", "common.nav.definitions", COORDINATORS),
            new Entry("/staff/jobs", "common.nav.jobs", Set.of("ADMIN", "ANALYST")),
            new Entry("/staff/users", "common.nav.users", Set.of("ADMIN")),
            new Entry("/staff/audit", "common.nav.audit", Set.of("ADMIN")),
            new Entry("/staff/privacy", "common.nav.privacy", Set.of("ADMIN")),
            new Entry("/staff/account", "common.nav.account", EVERYONE));

    /** Pages without an entry of their own, reached from (and linking back to) another entry's page. */
    private static final Map<String, String> REACHED_FROM =
            Map.of("/staff/ecosystems", "/staff/projects", "/staff/organisations", "/staff/projects");

    private StaffNavigation() {}

    static List<StaffChrome.NavLink> linksFor(Set<String> roles, String path) {
        String current = currentEntry(path);
        return ENTRIES.stream()
                .filter(e -> e.roles().stream().anyMatch(roles::contains))
                .map(e -> new StaffChrome.NavLink(
                        e.href(), e.messageKey(), e.href().equals(current)))
                .toList();
    }

    /**
     * The longest entry whose address the path starts with: "/staff/projects/keko" belongs to "/staff/projects", and so
     * do the ecosystems and organisations, which the projects page leads to.
     */
    static String currentEntry(String requested) {
        String path = REACHED_FROM.entrySet().stream()
                .filter(e -> requested.equals(e.getKey()) || requested.startsWith(e.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(requested);
        String best = null;
        for (Entry e : ENTRIES) {
            boolean matches = path.equals(e.href()) || path.startsWith(e.href() + "/");
            if (matches && (best == null || e.href().length() > best.length())) {
                best = e.href();
            }
        }
        return best;
    }
}
