package fi.mittari.mail;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The SMTP server that every email goes through (funder reports, invitations and reminders), from MITTARI_SMTP_HOST, _PORT, _USERNAME, _PASSWORD, _FROM and
 * _STARTTLS. Without a host, delivery is off and deliveries are recorded as not configured.
 */
@Singleton
public class SmtpSettings {

    private final Optional<String> host;
    private final int port;
    private final Optional<String> username;
    private final String password;
    private final String from;
    private final boolean startTls;

    SmtpSettings(
            @Value("${mittari.smtp.host:}") String host,
            @Value("${mittari.smtp.port:587}") int port,
            @Value("${mittari.smtp.username:}") String username,
            @Value("${mittari.smtp.password:}") String password,
            @Value("${mittari.smtp.from:mittari@localhost}") String from,
            @Value("${mittari.smtp.starttls:true}") boolean startTls) {
        this.host = Optional.of(host.strip()).filter(h -> !h.isEmpty());
        this.port = port;
        this.username = Optional.of(username.strip()).filter(u -> !u.isEmpty());
        this.password = password;
        this.from = from;
        this.startTls = startTls;
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
