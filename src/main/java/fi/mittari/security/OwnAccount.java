package fi.mittari.security;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** What every staff member changes for themselves: their password (knowing the current one) and their language. */
@Singleton
public class OwnAccount {

    /** The same bounds as every password Mittari accepts. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    public static final int MAXIMUM_PASSWORD_LENGTH = 200;

    private final AccountStore store;
    private final PasswordHashing hashing;
    private final StaffAccounts accounts;

    OwnAccount(AccountStore store, PasswordHashing hashing, StaffAccounts accounts) {
        this.store = store;
        this.hashing = hashing;
        this.accounts = accounts;
    }

    /** Whether a password is long enough and not absurdly long. */
    public static boolean acceptable(String password) {
        return password.length() >= MINIMUM_PASSWORD_LENGTH && password.length() <= MAXIMUM_PASSWORD_LENGTH;
    }

    /**
     * Changes the password when {@code current} is right and {@code repeated} matches; ends every session of the
     * account (the caller gives the browser that asked a new one). Returns the problems, empty when changed.
     */
    @Transactional
    public List<AccountProblem> changePassword(String username, String current, String next, String repeated) {
        List<AccountProblem> problems = new ArrayList<>();
        String hash = store.passwordHash(username);
        if (!hashing.matches(current, hash)) {
            problems.add(new AccountProblem("currentPassword", "accounts.error.currentPassword"));
        }
        if (!acceptable(next)) {
            problems.add(new AccountProblem("newPassword", "accounts.error.newPassword"));
        } else if (!next.equals(repeated)) {
            problems.add(new AccountProblem("repeatedPassword", "accounts.error.repeatedPassword"));
        }
        if (problems.isEmpty()) {
            accounts.setPassword(username, next);
        }
        return problems;
    }

    /** The language of the account's staff pages from the next page on. */
    public List<AccountProblem> changeLanguage(String username, String language) {
        if (!StaffAccounts.LANGUAGES.contains(language)) {
            return List.of(new AccountProblem("language", "accounts.error.language"));
        }
        store.setLanguage(username, language);
        return List.of();
    }
}
