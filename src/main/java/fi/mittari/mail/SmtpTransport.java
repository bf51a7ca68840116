package fi.mittari.mail;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Sends one email through the configured SMTP server (Jakarta Mail, Eclipse Angus): plain text in UTF-8, with an
 * attachment when it has one. An attachment is read while the message is written to the server, part by part, never
 * whole. A refused recipient or an unreachable server throws, and the caller's outbox records the failure.
 */
@Singleton
public class SmtpTransport implements MailTransport {

    private final SmtpSettings settings;

    SmtpTransport(SmtpSettings settings) {
        this.settings = settings;
    }

    @Override
    public void send(OutgoingMail mail, Instant now) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.auth", String.valueOf(settings.username().isPresent()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "60000");
        properties.put("mail.smtp.writetimeout", "60000");
        Session session = Session.getInstance(properties);

        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(now));
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (mail.attachment().isPresent()) {
            OutgoingMail.Attachment file = mail.attachment().get();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(
                    new DataHandler(new AttachedFile(file.fileName(), file.contentType(), file.content())));
            attachment.setFileName(file.fileName());
            attachment.setHeader("Content-Transfer-Encoding", "base64");
            message.setContent(new MimeMultipart(text, attachment));
        } else {
            message.setText(mail.body(), "UTF-8");
        }
        message.saveChanges();
        if (settings.username().isPresent()) {
            Transport.send(message, settings.username().get(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    /** The attachment's content: a fresh stream each time it is read. */
    private record AttachedFile(String name, String contentType, Supplier<InputStream> file) implements DataSource {
        @Override
        public InputStream getInputStream() {
            return file.get();
        }

        @Override
        public OutputStream getOutputStream() {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
