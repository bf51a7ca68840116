package fi.mittari.batch;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * aggregateIndicators: compute every defined indicator for the run's scope, then publish the run's values in one
 * transaction (both steps in IndicatorValuesStepsConfiguration). An older first step that stored per-campaign choice
 * shares was removed: nothing read them, and it took two thirds of the job's time.
 */
@Configuration
class AggregateIndicatorsJobConfiguration {

    static final String JOB_NAME = "aggregateIndicators";

    @Bean
    Job aggregateIndicators(JobRepository jobRepository, Step computeIndicators, Step publishIndicators) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(computeIndicators)
                .next(publishIndicators)
                .build();
    }
}
