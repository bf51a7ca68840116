package fi.mittari.security;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.event.LoginSuccessfulEvent;
import jakarta.inject.Singleton;

/**
 * Every login and refused login in the audit log, from the events Micronaut's login endpoint publishes. A refused
 * login names the account only when it exists: a username that matches none may be a password typed in the wrong box.
 */
@Singleton
class AuditedLogins {

    private final AuditTrail audit;
    private final AccountStore accounts;

    AuditedLogins(AuditTrail audit, AccountStore accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void onLogin(LoginSuccessfulEvent event) {
        if (event.getSource() instanceof Authentication authentication) {
            audit.record(authentication.getName(), new AuditEvent.LoggedIn());
        }
    }

    @EventListener
    void onFailure(LoginFailedEvent event) {
        Object identity = event.getAuthenticationRequest() == null
                ? null
                : event.getAuthenticationRequest().getIdentity();
        String tried = identity instanceof String name ? name.strip() : "";
        String account = !tried.isEmpty() && accounts.exists(tried) ? tried : "";
        audit.record(account.isEmpty() ? AuditTrail.ANONYMOUS : account, new AuditEvent.LoginFailed(account));
    }
}
