package fi.mittari.report.web;

import fi.mittari.report.archive.ArchivedReport;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.security.FunderProjects;
import fi.mittari.security.Roles;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The archived reports a user may see: ADMIN and ANALYST all of them; a FUNDER only those all of whose projects are
 * assigned to the account; anyone else none.
 */
@Singleton
public class VisibleReports {

    /** A report the user may not see, or one that does not exist. */
    sealed interface Lookup {
        record Found(ArchivedReport report) implements Lookup {}

        record Forbidden() implements Lookup {}

        record Missing() implements Lookup {}
    }

    private final ReportArchive archive;
    private final FunderProjects funders;

    VisibleReports(ReportArchive archive, FunderProjects funders) {
        this.archive = archive;
        this.funders = funders;
    }

    static boolean seesAll(Authentication user) {
        return user.getRoles().contains(Roles.ADMIN) || user.getRoles().contains(Roles.ANALYST);
    }

    public List<ArchivedReport> list(Authentication user) {
        if (seesAll(user)) {
            return archive.list();
        }
        Set<String> allowed = allowed(user);
        return archive.list().stream().filter(r -> r.visibleTo(allowed)).toList();
    }

    Lookup find(Authentication user, long id) {
        Optional<ArchivedReport> report = archive.find(id);
        if (report.isEmpty()) {
            return new Lookup.Missing();
        }
        return seesAll(user) || report.get().visibleTo(allowed(user))
                ? new Lookup.Found(report.get())
                : new Lookup.Forbidden();
    }

    private Set<String> allowed(Authentication user) {
        return user.getRoles().contains(Roles.FUNDER) ? funders.of(user.getName()) : Set.of();
    }
}
