package fi.mittari.batch;

import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.report.archive.DefinitionJson;
import fi.mittari.report.archive.FiguresJson;
import fi.mittari.report.archive.NewReport;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.report.archive.WorkbookFiles;
import fi.mittari.report.archive.WrittenFile;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.preparing.ArchivedFigures;
import fi.mittari.report.preparing.PreparingReport;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.DefaultJobParametersValidator;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * funderReport: builds the workbook of one report definition (job parameter {@code report}, the definition's code).
 * refreshIndicators first runs aggregateIndicators for each project and period of the report whose stored values are
 * missing or older than its data; writeWorkbook then prepares the content, writes the workbook to a temporary file
 * (hashing and counting it on the way), and archives it with its definition, parameters and figures and queues its
 * email deliveries, in one transaction.
 */
@Configuration
class FunderReportJobConfiguration {

    static final String JOB_NAME = "funderReport";
    static final String REPORT = "report";

    static final String AS_OF = BatchJob.REPORT_AS_OF;

    private static LocalDate buildDay(String asOf, Instant now, ZoneId zone) {
        return asOf == null || asOf.isBlank() ? LocalDate.ofInstant(now, zone) : LocalDate.parse(asOf.strip());
    }

    @Bean
    Job funderReport(JobRepository jobRepository, Step refreshIndicators, Step writeWorkbook) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {REPORT}, new String[0]))
                .start(refreshIndicators)
                .next(writeWorkbook)
                .build();
    }

    /**
     * No transaction around this step: the aggregateIndicators run it launches must commit its own chunks, not join
     * a transaction of this step (docs/adr/0014).
     */
    @Bean
    Step refreshIndicators(JobRepository jobRepository, Tasklet indicatorRefresher) {
        return new StepBuilder("refreshIndicators", jobRepository)
                .tasklet(indicatorRefresher, new ResourcelessTransactionManager())
                .build();
    }

    @Bean
    Step writeWorkbook(
            JobRepository jobRepository,
            DataSourceTransactionManager batchTransactionManager,
            Tasklet workbookArchiver) {
        return new StepBuilder("writeWorkbook", jobRepository)
                .tasklet(workbookArchiver, batchTransactionManager)
                .build();
    }

    @Bean
    @StepScope
    Tasklet indicatorRefresher(
            ReportCatalog catalog,
            RefreshingIndicators refreshing,
            Clock clock,
            ZoneId zone,
            @Value("#{jobParameters['report']}") String code,
            @Value("#{jobParameters['" + AS_OF + "']}") String asOf,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return (contribution, chunkContext) -> {
            ReportDefinition definition = definition(catalog, code);
            int refreshed = refreshing.refresh(definition, buildDay(asOf, clock.instant(), zone), jobExecutionId);
            contribution.incrementWriteCount(refreshed);
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    RefreshingIndicators refreshingIndicators(
            DataSourceTransactionManager batchTransactionManager,
            @Qualifier("syncJobLauncher") JobLauncher syncJobLauncher,
            @Qualifier("aggregateIndicators") Job aggregateIndicators) {
        return new RefreshingIndicators(
                new IndicatorFreshness(new NamedParameterJdbcTemplate(batchTransactionManager.getDataSource())),
                syncJobLauncher,
                aggregateIndicators);
    }

    @Bean
    @StepScope
    Tasklet workbookArchiver(
            ReportCatalog catalog,
            PreparingReport preparing,
            WorkbookFiles files,
            ReportArchive archive,
            DefinitionJson definitions,
            FiguresJson figures,
            Clock clock,
            ZoneId zone,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId,
            @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
        return (contribution, chunkContext) -> {
            ReportDefinition definition = definition(catalog, parameters.getString(REPORT));
            Instant generatedAt = clock.instant();
            WorkbookContent content = preparing.prepare(
                    definition, generatedAt, buildDay(parameters.getString(AS_OF), generatedAt, zone));
            WrittenFile file = files.write(content);
            try {
                Map<String, String> values = new TreeMap<>();
                parameters.getParameters().forEach((name, p) -> values.put(name, String.valueOf(p.getValue())));
                archive.archive(
                        new NewReport(
                                definition.code(),
                                content.cover().title(),
                                definition.language(),
                                // an ecosystem's report is archived under the key its values are stored by
                                definition
                                        .ecosystem()
                                        .map(code -> List.of(IndicatorScope.ecosystemKey(code)))
                                        .orElse(definition.projects()),
                                content.cover().periodFrom(),
                                content.cover().periodTo(),
                                content.cover().asOf(),
                                generatedAt,
                                values,
                                definitions.write(definition),
                                figures.write(ArchivedFigures.of(content)),
                                values.getOrDefault(BatchJobs.STARTED_BY, ""),
                                jobExecutionId,
                                definition.recipients().emails()),
                        file);
            } finally {
                Files.deleteIfExists(file.path());
            }
            contribution.incrementWriteCount(1);
            return RepeatStatus.FINISHED;
        };
    }

    private static ReportDefinition definition(ReportCatalog catalog, String code) {
        return catalog.byCode(code)
                .orElseThrow(() -> new IllegalStateException(
                        "There is no report definition '" + code + "' in batch/reports/ (or its file has problems)"));
    }
}
