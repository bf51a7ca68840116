package fi.mittari.mail;

import io.micronaut.context.annotation.ConfigurationInject;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * The SMTP server that every email goes through (funder reports, invitations and reminders), from MITTARI_SMTP_HOST, _PORT, _USERNAME, _PASSWORD, _FROM and
 * _STARTTLS. Without a host, delivery is off and deliveries are recorded as not configured.
 */
@Context
@ConfigurationProperties("mittari.smtp")
public class SmtpSettings {

    private final Optional<String> host;
    private final int port;
    private final Optional<String> username;
    private final String password;
    private final String from;
    private final boolean startTls;

    private static final String PORT = "MITTARI_SMTP_PORT must be a whole number from 1 to 65535, was {validatedValue}";

    @ConfigurationInject
    SmtpSettings(
            String host,
            @Min(value = 1, message = PORT) @Max(value = 65_535, message = PORT) int port,
            String username,
            String password,
            String from,
            boolean starttls) {
        this.host = Optional.of(host.strip()).filter(h -> !h.isEmpty());
        this.port = port;
        this.username = Optional.of(username.strip()).filter(u -> !u.isEmpty());
        this.password = password;
        this.from = from;
        this.startTls = starttls;
    }

    public boolean configured() {
        return host.isPresent();
    }

    public Optional<String> host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String from() {
        return from;
    }

    public boolean startTls() {
        return startTls;
    }
}
