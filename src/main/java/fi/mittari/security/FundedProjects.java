package fi.mittari.security;

import java.util.List;
import java.util.Set;

/**
 * Which projects each FUNDER account is assigned (a port: {@link FunderProjects} decides who may be assigned what, the
 * adapter in {@code security.persistence} stores the assignments).
 */
public interface FundedProjects {

    /** Every project, by name then code. */
    List<FunderProjects.ProjectChoice> projects();

    /** Those of {@code codes} that name a project. */
    Set<String> existing(Set<String> codes);

    /** The project codes assigned to the account; empty for an account that has none or does not exist. */
    Set<String> of(String username);

    /** Replaces the projects assigned to an existing account with {@code codes}. */
    void replace(String username, Set<String> codes);
}
