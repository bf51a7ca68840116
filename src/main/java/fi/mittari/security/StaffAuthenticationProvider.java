package fi.mittari.security;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a staff member's username and password. Every failure looks the same to the caller — unknown user, wrong
 * password, disabled account or too many attempts — so a response reveals nothing about which accounts exist. A
 * success carries the account's session generation into the token ({@link StaffSessions}).
 */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final AccountStore accounts;
    private final PasswordHashing hashing;
    private final LoginThrottle throttle;
    private final StaffSessions sessions;
    private final FailedLoginBudget budget;

    StaffAuthenticationProvider(
            AccountStore accounts, PasswordHashing hashing, StaffSessions sessions, Clock clock, LoginSettings login) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.sessions = sessions;
        this.throttle = new LoginThrottle(login.freeFailures(), Duration.ofSeconds(30), Duration.ofMinutes(15), clock);
        this.budget = new FailedLoginBudget(login.failuresPerMinute(), Duration.ofSeconds(5), clock);
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(
            @Nullable HttpRequest<B> request, @NonNull AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity() == null
                ? ""
                : credentials.getIdentity().strip();
        String password = credentials.getSecret() == null ? "" : credentials.getSecret();
        String userKey = "user:" + username.toLowerCase(Locale.ROOT);
        String addressKey = "address:" + address(request);
        if (!throttle.allows(userKey) || !throttle.allows(addressKey)) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Optional<AccountStore.Credentials> user = accounts.credentials(username);
        if (!budget.admits(user.map(AccountStore.Credentials::id))) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        boolean matches;
        if (user.isPresent()) {
            matches = hashing.matches(password, user.get().passwordHash());
        } else {
            hashing.spendTheTimeOfACheck(password);
            matches = false;
        }
        // A disabled account has no session generation: it fails like a wrong password, after the same bcrypt work.
        Optional<Long> generation = matches ? sessions.currentGeneration(username) : Optional.empty();
        if (generation.isEmpty()) {
            budget.failed();
            throttle.failed(userKey);
            throttle.failed(addressKey);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.succeeded(userKey);
        throttle.succeeded(addressKey);
        return AuthenticationResponse.success(
                user.get().username(), user.get().roles(), Map.of(StaffSessions.CLAIM, generation.get()));
    }

    private static String address(@Nullable HttpRequest<?> request) {
        if (request == null
                || request.getRemoteAddress() == null
                || request.getRemoteAddress().getAddress() == null) {
            return "unknown";
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
