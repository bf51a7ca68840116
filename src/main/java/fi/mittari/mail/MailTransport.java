package fi.mittari.mail;

import jakarta.mail.MessagingException;
import java.time.Instant;

/** Hands one message to the mail server; throws when the server refuses it or cannot be reached. */
public interface MailTransport {

    void send(OutgoingMail mail, Instant now) throws MessagingException;
}
