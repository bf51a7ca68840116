package fi.mittari.security;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which projects' reports each FUNDER account may see and download (funder_project). */
@Singleton
public class FunderProjects {

    private final FundedProjects funded;
    private final AccountStore accounts;
    private final AuditTrail audit;

    FunderProjects(FundedProjects funded, AccountStore accounts, AuditTrail audit) {
        this.funded = funded;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Why an assignment was refused. */
    public sealed interface Refusal {
        record NoSuchUser(String username) implements Refusal {}

        record NotAFunder(String username) implements Refusal {}

        record UnknownProjects(List<String> codes) implements Refusal {}
    }

    /** A project an admin may assign to a FUNDER account, by its name. */
    public record ProjectChoice(String code, String name) {}

    /** Every project, by name: what an admin chooses from. */
    public List<ProjectChoice> choices() {
        return funded.projects();
    }

    /** The project codes assigned to the account; empty for an account that has none or does not exist. */
    public Set<String> of(String username) {
        return funded.of(username);
    }

    /** Replaces the account's projects with {@code codes}; refused for a non-FUNDER account or unknown projects. */
    @Transactional
    public Optional<Refusal> assign(String username, List<String> codes) {
        Optional<StaffAccount> account = accounts.byUsername(username);
        if (account.isEmpty()) {
            return Optional.of(new Refusal.NoSuchUser(username));
        }
        if (!account.get().has(Roles.FUNDER)) {
            return Optional.of(new Refusal.NotAFunder(username));
        }
        Set<String> wanted = new TreeSet<>(codes);
        Set<String> known = funded.existing(wanted);
        if (!known.containsAll(wanted)) {
            return Optional.of(new Refusal.UnknownProjects(
                    wanted.stream().filter(c -> !known.contains(c)).toList()));
        }
        funded.replace(username, wanted);
        audit.record(new AuditEvent.FunderProjectsChanged(username, List.copyOf(wanted)));
        return Optional.empty();
    }

    /** The user names of every FUNDER account, for checking a report's recipients. */
    public Set<String> funderAccounts() {
        Set<String> funders = new TreeSet<>();
        for (StaffAccount account : accounts.all()) {
            if (account.has(Roles.FUNDER)) {
                funders.add(account.username());
            }
        }
        return funders;
    }
}
