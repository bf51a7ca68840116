package fi.mittari.report.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Email delivery through a real SMTP server in the test's process (GreenMail): the workbook arrives as an attachment
 * with the archived SHA-256; with the server down the delivery waits to be retried and the archive keeps the file;
 * when the server is back the retry sends it. Files are stored in parts of 1,000 bytes, so the 2,500-byte attachment
 * is streamed from three parts.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "mittari.reports.part-size", value = "1000")
class ReportDeliveryIntegrationTest implements TestPropertyProvider {

    private final int port = freePort();
    private GreenMail smtp;

    @Inject
    ReportArchive archive;

    @Inject
    ReportDeliveries deliveries;

    @Inject
    DeliveringReports delivering;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "mittari.smtp.host", "127.0.0.1",
                "mittari.smtp.port", String.valueOf(port),
                "mittari.smtp.starttls", "false",
                "mittari.smtp.from", "mittari@mittari.test");
    }

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theWorkbookArrivesAttachedWithTheArchivedSha256() throws Exception {
        startServer();
        WrittenFile file = ReportFixture.file(2500);
        long id = ReportFixture.archive(archive, "mail-report", List.of("pa"), List.of("funder@example.org"), file);
        assertThat(deliveries.ofReport(id)).singleElement().satisfies(d -> assertThat(d.status())
                .isEqualTo(DeliveryStatus.QUEUED));

        assertThat(delivering.deliverDue(Instant.now().plusSeconds(1))).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Raportti mail-report");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("funder@example.org");
        assertThat(attachment(message)).hasSize(2500).satisfies(bytes -> assertThat(ReportFixture.sha256(bytes))
                .isEqualTo(file.sha256())
                .isEqualTo(archive.find(id).orElseThrow().sha256()));
        assertThat(((MimeMultipart) message.getContent())
                        .getBodyPart(0)
                        .getContent()
                        .toString())
                .contains("liitteenä on raportti \"Raportti mail-report\" (1.1.2026–31.12.2026)");
        assertThat(deliveries.ofReport(id)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.sentAt()).isNotNull();
        });
    }

    @Test
    void aDeliveryFailedWhileTheServerIsDownIsRetriedAndTheArchivedFileIsUntouched() throws Exception {
        WrittenFile file = ReportFixture.file(2500);
        long id = ReportFixture.archive(archive, "retry-report", List.of("pa"), List.of("funder@example.org"), file);
        Instant first = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        assertThat(delivering.deliverDue(first)).isZero();
        Delivery failed = deliveries.ofReport(id).get(0);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.RETRYING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("connect").doesNotContain("funder@example.org");
        // the first wait is one minute
        assertThat(failed.nextAttemptAt()).isEqualTo(first.plus(Duration.ofMinutes(1)));
        var stored = new ByteArrayOutputStream();
        archive.copyFile(id, stored);
        assertThat(ReportFixture.sha256(stored.toByteArray())).isEqualTo(file.sha256());

        startServer();
        assertThat(delivering.deliverDue(first.plusSeconds(30)))
                .as("not due yet")
                .isZero();
        assertThat(deliveries.ofReport(id).get(0).attempts()).isEqualTo(1);
        assertThat(delivering.deliverDue(first.plusSeconds(61))).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(ReportFixture.sha256(attachment(smtp.getReceivedMessages()[0])))
                .isEqualTo(file.sha256());
        Delivery sent = deliveries.ofReport(id).get(0);
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
    }

    private void startServer() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static byte[] attachment(MimeMessage message) throws Exception {
        var multipart = (MimeMultipart) message.getContent();
        var part = multipart.getBodyPart(1);
        assertThat(part.getFileName()).startsWith("mittari-").endsWith(".xlsx");
        assertThat(part.getContentType()).startsWith(DeliveringReports.XLSX);
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
