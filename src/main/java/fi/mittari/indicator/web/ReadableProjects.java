package fi.mittari.indicator.web;

import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.security.FunderProjects;
import fi.mittari.security.Roles;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** Whose results a user may read: staff every project's, a FUNDER only those of the projects assigned to the account. */
@Singleton
class ReadableProjects {

    private final Projects projects;
    private final FunderProjects funders;

    ReadableProjects(Projects projects, FunderProjects funders) {
        this.projects = projects;
        this.funders = funders;
    }

    /** A FUNDER and nothing more: an account that also has a staff role reads as staff. */
    static boolean isFunder(Authentication user) {
        return user.getRoles().contains(Roles.FUNDER)
                && user.getRoles().stream().noneMatch(r -> List.of(Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST)
                        .contains(r));
    }

    List<Project> of(Authentication user) {
        if (!isFunder(user)) {
            return projects.all();
        }
        Set<String> assigned = funders.of(user.getName());
        return projects.all().stream().filter(p -> assigned.contains(p.code())).toList();
    }

    boolean mayRead(Authentication user, String projectCode) {
        return !isFunder(user) || funders.of(user.getName()).contains(projectCode);
    }
}
