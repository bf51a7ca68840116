package fi.mittari.mail;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** One plain-text email to one recipient, with extra headers (such as List-Unsubscribe) and at most one attachment. */
public record OutgoingMail(
        String recipient, String subject, String body, Map<String, String> headers, Optional<Attachment> attachment) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
    }

    public static OutgoingMail text(String recipient, String subject, String body, Map<String, String> headers) {
        return new OutgoingMail(recipient, subject, body, headers, Optional.empty());
    }

    /** A file sent along, read from {@code content} as the message is written to the server. */
    public record Attachment(String fileName, String contentType, Supplier<InputStream> content) {}
}
