package fi.mittari.batch;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.MeasuringIndicators;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import fi.mittari.indicator.engine.RetiredAnswers;
import fi.mittari.privacy.ApplyingRetention;
import fi.mittari.report.archive.DefinitionJson;
import fi.mittari.report.archive.FiguresJson;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.report.archive.WorkbookFiles;
import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.report.preparing.PreparingReport;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Spring Batch needs a Spring application context; Mittari is a Micronaut application. This factory builds a child
 * Spring context that shares Micronaut's connection pool and its one Spring transaction manager, hands it the
 * Micronaut services the jobs call, and closes it when Micronaut stops.
 */
@Factory
class BatchContextFactory {

    @Singleton
    @Bean(preDestroy = "close")
    AnnotationConfigApplicationContext batchContext(
            DataSourceTransactionManager transactionManager,
            ReportCatalog reportCatalog,
            BeanProvider<PreparingReport> preparingReport,
            WorkbookFiles workbookFiles,
            ReportArchive reportArchive,
            DefinitionJson definitionJson,
            FiguresJson figuresJson,
            IndicatorCatalog indicatorCatalog,
            MeasuringIndicators measuringIndicators,
            IndicatorValues indicatorValues,
            ResolvingIndicatorScope indicatorScopes,
            RetiredAnswers retiredAnswers,
            ApplyingRetention applyingRetention,
            JobLocks locks,
            Clock clock,
            ZoneId zone) {
        var context = new AnnotationConfigApplicationContext();
        // The transaction manager holds the raw pool; Micronaut's injected DataSource is a wrapper that only hands out
        // connections inside its own transactions, so Spring Batch must be given the same raw pool.
        DataSource pool = transactionManager.getDataSource();
        context.registerBean("batchDataSource", DataSource.class, () -> pool);
        context.registerBean("batchTransactionManager", DataSourceTransactionManager.class, () -> transactionManager);
        context.registerBean(ReportCatalog.class, () -> reportCatalog);
        // Looked up when a report is built, so the application starts (and other jobs run) before one is available.
        PreparingReport preparing =
                (definition, generatedAt, today) -> preparingReport.get().prepare(definition, generatedAt, today);
        context.registerBean(PreparingReport.class, () -> preparing);
        context.registerBean(WorkbookFiles.class, () -> workbookFiles);
        context.registerBean(ReportArchive.class, () -> reportArchive);
        context.registerBean(DefinitionJson.class, () -> definitionJson);
        context.registerBean(FiguresJson.class, () -> figuresJson);
        context.registerBean(IndicatorCatalog.class, () -> indicatorCatalog);
        context.registerBean(MeasuringIndicators.class, () -> measuringIndicators);
        context.registerBean(IndicatorValues.class, () -> indicatorValues);
        context.registerBean(ResolvingIndicatorScope.class, () -> indicatorScopes);
        context.registerBean(RetiredAnswers.class, () -> retiredAnswers);
        context.registerBean(ApplyingRetention.class, () -> applyingRetention);
        context.registerBean(Clock.class, () -> clock);
        context.registerBean(ZoneId.class, () -> zone);
        context.registerBean(JobLocks.class, () -> locks);
        context.register(
                BatchInfrastructureConfiguration.class,
                AggregateIndicatorsJobConfiguration.class,
                IndicatorValuesStepsConfiguration.class,
                FunderReportJobConfiguration.class,
                ApplyRetentionJobConfiguration.class);
        context.refresh();
        return context;
    }
}
