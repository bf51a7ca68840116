package fi.mittari.report.archive;

import fi.mittari.mail.MailErrors;
import fi.mittari.mail.MailTransport;
import fi.mittari.mail.OutgoingMail;
import fi.mittari.mail.SmtpSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the deliveries whose time has come, each with its workbook read from the archive. A failed attempt is recorded
 * with its error and tried again later (DeliveryBackoff); the archived report is never touched. The caller makes sure
 * one instance at a time does this (a scheduled retry under a ShedLock lock).
 */
@Singleton
public class DeliveringReports {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveringReports.class);
    static final int BATCH = 50;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SmtpSettings smtp;
    private final MailTransport mailer;
    private final ReportDeliveries deliveries;
    private final ReportArchive archive;
    private final Counter failures;

    DeliveringReports(
            SmtpSettings smtp,
            MailTransport mailer,
            ReportDeliveries deliveries,
            ReportArchive archive,
            MeterRegistry meters) {
        this.smtp = smtp;
        this.mailer = mailer;
        this.deliveries = deliveries;
        this.archive = archive;
        this.failures = Counter.builder("mittari.report.deliveries.failed")
                .description("Attempts to deliver a funder workbook that failed (each is tried again later)")
                .register(meters);
    }

    /** Attempts every delivery due at {@code now}; returns how many were sent. */
    public int deliverDue(Instant now) {
        if (!smtp.configured()) {
            return 0;
        }
        List<Delivery> due = deliveries.due(now, BATCH);
        int sent = 0;
        for (Delivery delivery : due) {
            Optional<ArchivedReport> report = archive.find(delivery.reportId());
            if (report.isEmpty()) {
                deliveries.failed(delivery, "the report is no longer in the archive", now);
                failures.increment();
                continue;
            }
            try {
                ReportMail mail = ReportMail.of(report.get());
                mailer.send(
                        new OutgoingMail(
                                delivery.recipient(),
                                mail.subject(),
                                mail.body(),
                                Map.of(),
                                Optional.of(new OutgoingMail.Attachment(
                                        report.get().fileName(), XLSX, () -> archive.openFile(delivery.reportId())))),
                        now);
                deliveries.sent(delivery, now);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                String error = MailErrors.describe(e);
                deliveries.failed(delivery, error, now);
                failures.increment();
                LOG.warn(
                        "Delivery {} of report {} failed (attempt {}): {}",
                        delivery.id(),
                        delivery.reportId(),
                        delivery.attempts() + 1,
                        error);
            }
        }
        return sent;
    }
}
