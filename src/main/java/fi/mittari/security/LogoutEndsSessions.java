package fi.mittari.security;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LogoutEvent;
import jakarta.inject.Singleton;

/**
 * Logging out ends every session of the account, not just this browser's: a token is not stored anywhere to be
 * struck off, so the account's session generation moves on instead ({@link StaffSessions}). A copied cookie or an
 * API token of the same account stops working too.
 */
@Singleton
class LogoutEndsSessions {

    private final StaffSessions sessions;

    LogoutEndsSessions(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void onLogout(LogoutEvent event) {
        if (event.getSource() instanceof Authentication authentication) {
            sessions.endAll(authentication.getName());
        }
    }
}
