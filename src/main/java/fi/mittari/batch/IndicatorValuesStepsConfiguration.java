package fi.mittari.batch;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.MeasuringIndicators;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import fi.mittari.indicator.engine.RetiredAnswers;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The indicator engine's steps of aggregateIndicators: computeIndicators stages every definition's rows for each of
 * the run's scopes, one definition of one scope per chunk (a definition is a handful of grouped queries, and a ratio
 * needs its operands committed before it); publishIndicators then replaces each scope's values with them in one
 * transaction. Job parameters {@code project} or {@code ecosystem}, {@code from} and {@code to} choose one scope (see
 * ResolvingIndicatorScope); a run with none of them (the scheduled run) computes every scope: all projects over the
 * current year, each project over its own period and each ecosystem over its own.
 */
@Configuration
class IndicatorValuesStepsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorValuesStepsConfiguration.class);

    @Bean
    Step computeIndicators(
            JobRepository jobRepository,
            DataSourceTransactionManager batchTransactionManager,
            DefinitionReader indicatorDefinitionReader,
            ItemProcessor<ScopedDefinition, ComputedIndicator> indicatorCalculator,
            ItemWriter<ComputedIndicator> indicatorStager) {
        var promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {RunScopes.KEY});
        return new StepBuilder("computeIndicators", jobRepository)
                .<ScopedDefinition, ComputedIndicator>chunk(1, batchTransactionManager)
                .reader(indicatorDefinitionReader)
                .processor(indicatorCalculator)
                .writer(indicatorStager)
                .listener(promotion)
                .build();
    }

    @Bean
    Step publishIndicators(
            JobRepository jobRepository,
            DataSourceTransactionManager batchTransactionManager,
            Tasklet indicatorPublisher) {
        return new StepBuilder("publishIndicators", jobRepository)
                .tasklet(indicatorPublisher, batchTransactionManager)
                .build();
    }

    @Bean
    @StepScope
    DefinitionReader indicatorDefinitionReader(
            IndicatorCatalog catalog,
            ResolvingIndicatorScope scopes,
            RetiredAnswers retired,
            @Value("#{jobParameters['project']}") String project,
            @Value("#{jobParameters['ecosystem']}") String ecosystem,
            @Value("#{jobParameters['from']}") String from,
            @Value("#{jobParameters['to']}") String to) {
        return new DefinitionReader(catalog, () -> {
            List<IndicatorScope> wanted = project == null && ecosystem == null && from == null && to == null
                    ? scopes.everyScope()
                    : List.of(scopes.resolve(
                            Optional.ofNullable(project),
                            Optional.ofNullable(ecosystem),
                            Optional.ofNullable(from),
                            Optional.ofNullable(to)));
            // a scope whose answers a retention rule removed keeps what was published (docs/indicators.md)
            return wanted.stream()
                    .filter(scope -> {
                        boolean kept = retired.keptAsPublished(scope);
                        if (kept) {
                            LOG.info(
                                    "Indicators of {} {}–{} kept as published: answers behind them were removed by"
                                            + " retention",
                                    scope.coverage().key(),
                                    scope.from(),
                                    scope.to());
                        }
                        return !kept;
                    })
                    .toList();
        });
    }

    @Bean
    @StepScope
    ItemProcessor<ScopedDefinition, ComputedIndicator> indicatorCalculator(
            IndicatorCatalog catalog,
            MeasuringIndicators measuring,
            IndicatorValues values,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        return item -> {
            IndicatorDefinition definition = item.definition();
            IndicatorScope scope = item.scope();
            if (!(definition.measure() instanceof Measure.Ratio ratio)) {
                return new ComputedIndicator(scope, definition.code(), measuring.compute(definition, scope));
            }
            var numerator = catalog.byCode(ratio.numeratorIndicator());
            var denominator = catalog.byCode(ratio.denominatorIndicator());
            if (numerator.isEmpty() || denominator.isEmpty()) {
                LOG.warn(
                        "Indicator {} is not computed: its operand {} is not defined",
                        definition.code(),
                        numerator.isEmpty() ? ratio.numeratorIndicator() : ratio.denominatorIndicator());
                return new ComputedIndicator(scope, definition.code(), List.of());
            }
            return new ComputedIndicator(
                    scope,
                    definition.code(),
                    measuring.ratio(
                            definition,
                            numerator.get(),
                            values.staged(jobInstanceId, scope, numerator.get().code()),
                            denominator.get(),
                            values.staged(
                                    jobInstanceId, scope, denominator.get().code())));
        };
    }

    @Bean
    @StepScope
    ItemWriter<ComputedIndicator> indicatorStager(
            IndicatorValues values, @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        return chunk -> chunk.forEach(
                computed -> values.stage(jobInstanceId, computed.scope(), computed.code(), computed.rows()));
    }

    /** Publishes every scope of the run in one transaction: readers see this run's values or the previous ones. */
    @Bean
    @StepScope
    Tasklet indicatorPublisher(
            IndicatorValues values,
            Clock clock,
            @Value("#{jobExecutionContext['" + RunScopes.KEY + "']}") String scopes,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return (contribution, context) -> {
            for (IndicatorScope scope : RunScopes.read(scopes == null ? "" : scopes)) {
                int published = values.publish(jobInstanceId, scope, clock.instant(), jobExecutionId);
                contribution.incrementWriteCount(published);
            }
            return RepeatStatus.FINISHED;
        };
    }
}
