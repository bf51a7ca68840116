package fi.mittari.batch;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.MeasuringIndicators;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
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
 * The indicator engine's steps of aggregateIndicators: computeIndicators stages every definition's rows, one
 * definition per chunk (a definition is a handful of grouped queries, and a ratio needs its operands committed before
 * it); publishIndicators then replaces the scope's values with them in one transaction. Job parameters {@code
 * project}, {@code from} and {@code to} choose the scope (see ResolvingIndicatorScope).
 */
@Configuration
class IndicatorValuesStepsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorValuesStepsConfiguration.class);

    @Bean
    Step computeIndicators(
            JobRepository jobRepository,
            DataSourceTransactionManager batchTransactionManager,
            DefinitionReader indicatorDefinitionReader,
            ItemProcessor<IndicatorDefinition, ComputedIndicator> indicatorCalculator,
            ItemWriter<ComputedIndicator> indicatorStager) {
        return new StepBuilder("computeIndicators", jobRepository)
                .<IndicatorDefinition, ComputedIndicator>chunk(1, batchTransactionManager)
                .reader(indicatorDefinitionReader)
                .processor(indicatorCalculator)
                .writer(indicatorStager)
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
    DefinitionReader indicatorDefinitionReader(IndicatorCatalog catalog) {
        return new DefinitionReader(catalog);
    }

    @Bean
    @StepScope
    ItemProcessor<IndicatorDefinition, ComputedIndicator> indicatorCalculator(
            IndicatorCatalog catalog,
            MeasuringIndicators measuring,
            IndicatorValues values,
            ResolvingIndicatorScope scopes,
            @Value("#{jobParameters['project']}") String project,
            @Value("#{jobParameters['from']}") String from,
            @Value("#{jobParameters['to']}") String to,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        IndicatorScope scope =
                scopes.resolve(Optional.ofNullable(project), Optional.ofNullable(from), Optional.ofNullable(to));
        return definition -> {
            if (!(definition.measure() instanceof Measure.Ratio ratio)) {
                return new ComputedIndicator(definition.code(), measuring.compute(definition, scope));
            }
            var numerator = catalog.byCode(ratio.numeratorIndicator());
            var denominator = catalog.byCode(ratio.denominatorIndicator());
            if (numerator.isEmpty() || denominator.isEmpty()) {
                LOG.warn(
                        "Indicator {} is not computed: its operand {} is not defined",
                        definition.code(),
                        numerator.isEmpty() ? ratio.numeratorIndicator() : ratio.denominatorIndicator());
                return new ComputedIndicator(definition.code(), List.of());
            }
            return new ComputedIndicator(
                    definition.code(),
                    measuring.ratio(
                            definition,
                            numerator.get(),
                            values.staged(jobInstanceId, numerator.get().code()),
                            denominator.get(),
                            values.staged(jobInstanceId, denominator.get().code())));
        };
    }

    @Bean
    @StepScope
    ItemWriter<ComputedIndicator> indicatorStager(
            IndicatorValues values, @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        return chunk -> chunk.forEach(computed -> values.stage(jobInstanceId, computed.code(), computed.rows()));
    }

    @Bean
    @StepScope
    Tasklet indicatorPublisher(
            IndicatorValues values,
            ResolvingIndicatorScope scopes,
            Clock clock,
            @Value("#{jobParameters['project']}") String project,
            @Value("#{jobParameters['from']}") String from,
            @Value("#{jobParameters['to']}") String to,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        IndicatorScope scope =
                scopes.resolve(Optional.ofNullable(project), Optional.ofNullable(from), Optional.ofNullable(to));
        return (contribution, context) -> {
            int published = values.publish(jobInstanceId, scope, clock.instant(), jobExecutionId);
            contribution.incrementWriteCount(published);
            return RepeatStatus.FINISHED;
        };
    }
}
