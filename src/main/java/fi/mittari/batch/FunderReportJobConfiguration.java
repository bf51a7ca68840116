package fi.mittari.batch;

import fi.mittari.report.FunderWorkbookWriter;
import fi.mittari.report.PreparingFunderReport;
import fi.mittari.report.ReportLanguage;
import fi.mittari.report.Reports;
import fi.mittari.report.WorkbookContent;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Locale;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * funderReport: writes the funder workbook from the stored indicator results and stores it as a report. It reads
 * what aggregateIndicators last computed, so the workbook's "as of" time is that computation's time.
 */
@Configuration
class FunderReportJobConfiguration {

    static final String JOB_NAME = "funderReport";

    @Bean
    Job funderReport(JobRepository jobRepository, Step writeFunderWorkbook) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(writeFunderWorkbook)
                .build();
    }

    @Bean
    Step writeFunderWorkbook(
            JobRepository jobRepository, DataSourceTransactionManager batchTransactionManager, Tasklet funderWorkbook) {
        return new StepBuilder("writeFunderWorkbook", jobRepository)
                .tasklet(funderWorkbook, batchTransactionManager)
                .build();
    }

    @Bean
    @StepScope
    Tasklet funderWorkbook(
            PreparingFunderReport preparing,
            Reports reports,
            Clock clock,
            @Value("#{jobParameters['language'] ?: 'fi'}") String language,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return (contribution, chunkContext) -> {
            ReportLanguage reportLanguage = ReportLanguage.valueOf(language.toUpperCase(Locale.ROOT));
            WorkbookContent content = preparing.prepare(reportLanguage, clock.instant());
            var bytes = new ByteArrayOutputStream();
            new FunderWorkbookWriter().write(content, bytes);
            reports.store(content.title(), content.asOf(), bytes.toByteArray(), jobExecutionId);
            contribution.incrementWriteCount(content.campaigns().size());
            return RepeatStatus.FINISHED;
        };
    }
}
