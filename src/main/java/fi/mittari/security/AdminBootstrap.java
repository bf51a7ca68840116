package fi.mittari.security;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first admin account when there is none: with MITTARI_ADMIN_PASSWORD if set, else with a random
 * password printed once in the log (the only time it is ever shown).
 */
@Singleton
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountStore accounts;
    private final PasswordHashing hashing;
    private final Clock clock;
    private final String username;
    private final String configuredPassword;

    AdminBootstrap(AccountStore accounts, PasswordHashing hashing, Clock clock, AdminAccountSettings admin) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.clock = clock;
        this.username = admin.username();
        this.configuredPassword = admin.password();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.any()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        try {
            accounts.add(
                    username,
                    hashing.hash(password),
                    List.of(Roles.ADMIN),
                    StaffAccount.DEFAULT_LANGUAGE,
                    clock.instant());
        } catch (RuntimeException e) {
            // Several instances started together on an empty database: a twin created the account between our
            // count and our insert (the unique username refused ours). Theirs is the first admin; start as usual.
            if (accounts.exists(username)) {
                LOG.info(
                        "The first admin account '{}' was created by another instance starting at the same time",
                        username);
                return;
            }
            throw e;
        }
        if (generated) {
            LOG.warn(
                    "Created the first admin account '{}' with the generated password: {}"
                            + "  (shown only now; set MITTARI_ADMIN_PASSWORD to choose it)",
                    username,
                    password);
        } else {
            LOG.info("Created the first admin account '{}' from MITTARI_ADMIN_USER / MITTARI_ADMIN_PASSWORD", username);
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
