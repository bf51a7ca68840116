package fi.mittari.report.archive;

import fi.mittari.report.content.WorkbookContent;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.preparing.PreparingReport;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A hand-made content (ReportFixture.content) instead of the real preparation, for tests of the job, archive and
 * delivery that ask for it with test.preparing=double. The figure is settable, so two builds can say different things.
 */
@Singleton
@Replaces(PreparingReport.class)
@Requires(property = "test.preparing", value = "double")
public class TestPreparingReport implements PreparingReport {

    private volatile BigDecimal share = new BigDecimal("0.53");
    private volatile Instant asOf = Instant.parse("2026-06-01T09:00:00Z");

    public void set(BigDecimal share) {
        this.share = share;
    }

    @Override
    public WorkbookContent prepare(ReportDefinition definition, Instant generatedAt, LocalDate today) {
        return ReportFixture.content(definition, generatedAt, asOf, share);
    }
}
