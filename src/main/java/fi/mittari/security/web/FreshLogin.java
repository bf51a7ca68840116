package fi.mittari.security.web;

import fi.mittari.security.StaffAccounts;
import fi.mittari.security.StaffSessions;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * A change that ends all of an account's sessions (a new password, new roles) should not log out the person who made
 * it from the browser they made it in: that browser gets a new login cookie of the account's new session.
 */
@Singleton
class FreshLogin {

    private final TokenCookieLoginHandler cookies;
    private final StaffAccounts accounts;
    private final StaffSessions sessions;

    FreshLogin(TokenCookieLoginHandler cookies, StaffAccounts accounts, StaffSessions sessions) {
        this.cookies = cookies;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** {@code response} with a new login cookie for {@code username}, if the account may still log in. */
    MutableHttpResponse<?> keep(MutableHttpResponse<?> response, String username, HttpRequest<?> request) {
        var account = accounts.byUsername(username);
        var generation = sessions.currentGeneration(username);
        if (account.isEmpty() || generation.isEmpty()) {
            return response;
        }
        Authentication authentication =
                Authentication.build(username, account.get().roles(), Map.of(StaffSessions.CLAIM, generation.get()));
        MutableHttpResponse<?> login = cookies.loginSuccess(authentication, request);
        for (String cookie : login.getHeaders().getAll(HttpHeaders.SET_COOKIE)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
        return response;
    }
}
