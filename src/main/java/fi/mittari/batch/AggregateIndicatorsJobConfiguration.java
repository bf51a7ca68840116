package fi.mittari.batch;

import fi.mittari.indicator.CampaignIndicators;
import fi.mittari.indicator.ChoiceShares;
import fi.mittari.indicator.IndicatorResults;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * aggregateIndicators: for each campaign, count its responses and the choices of its single-choice questions in SQL,
 * turn the counts into shares, and replace the campaign's stored results. One chunk is one transaction, so a failed
 * chunk leaves the previous results of its campaigns in place. Then the defined indicators are computed and published
 * for the run's scope (IndicatorValuesStepsConfiguration).
 */
@Configuration
class AggregateIndicatorsJobConfiguration {

    static final String JOB_NAME = "aggregateIndicators";

    @Bean
    Job aggregateIndicators(
            JobRepository jobRepository, Step aggregateCampaigns, Step computeIndicators, Step publishIndicators) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(aggregateCampaigns)
                .next(computeIndicators)
                .next(publishIndicators)
                .build();
    }

    @Bean
    Step aggregateCampaigns(
            JobRepository jobRepository,
            DataSourceTransactionManager batchTransactionManager,
            JdbcCursorItemReader<CampaignRef> campaignReader,
            ItemProcessor<CampaignRef, CampaignIndicators> campaignIndicatorCalculator,
            CampaignIndicatorWriter campaignIndicatorWriter) {
        return new StepBuilder("aggregateCampaigns", jobRepository)
                .<CampaignRef, CampaignIndicators>chunk(20, batchTransactionManager)
                .reader(campaignReader)
                .processor(campaignIndicatorCalculator)
                .writer(campaignIndicatorWriter)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<CampaignRef> campaignReader(DataSource batchDataSource) {
        return new JdbcCursorItemReaderBuilder<CampaignRef>()
                .name("campaignReader")
                .dataSource(batchDataSource)
                .sql("SELECT id, questionnaire_version_id FROM campaign ORDER BY id")
                .rowMapper((row, n) -> new CampaignRef(row.getLong("id"), row.getLong("questionnaire_version_id")))
                .build();
    }

    @Bean
    ItemProcessor<CampaignRef, CampaignIndicators> campaignIndicatorCalculator(
            QuestionnaireCatalog questionnaires, IndicatorResults results) {
        return campaign -> {
            var questionnaire =
                    questionnaires.version(campaign.questionnaireVersionId()).orElseThrow();
            long id = campaign.campaignId();
            return new CampaignIndicators(
                    id,
                    ChoiceShares.calculate(
                            questionnaire.questionnaire(),
                            results.countResponses(id),
                            results.countAnsweredByQuestion(id),
                            results.countChoices(id)));
        };
    }

    @Bean
    @StepScope
    CampaignIndicatorWriter campaignIndicatorWriter(
            IndicatorResults results, Clock clock, @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new CampaignIndicatorWriter(results, clock, jobExecutionId);
    }
}
