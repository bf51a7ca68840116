package fi.mittari.report.archive;

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
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Sends one email with the workbook attached through the configured SMTP server (Jakarta Mail, Eclipse Angus). The
 * attachment is read from the archive while the message is written to the server, part by part, never whole.
 */
@Singleton
class SmtpMailer {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SmtpSettings settings;

    SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
    }

    void send(String recipient, ReportMail mail, String fileName, Supplier<InputStream> file, Instant now)
            throws MessagingException {
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
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(now));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ArchivedFile(fileName, file)));
        attachment.setFileName(fileName);
        attachment.setHeader("Content-Transfer-Encoding", "base64");
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        if (settings.username().isPresent()) {
            Transport.send(message, settings.username().get(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    /** The archived workbook as the mail's attachment: a fresh stream from the parts each time it is read. */
    private record ArchivedFile(String name, Supplier<InputStream> file) implements DataSource {
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
            return XLSX;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
