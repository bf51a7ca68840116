package fi.mittari.batch;

import fi.mittari.privacy.ApplyingRetention;
import fi.mittari.privacy.Removal;
import java.util.List;
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
 * applyRetention: deletes or anonymises the answers whose retention rule has run out (docs/privacy.md). One tasklet:
 * each campaign is removed in a transaction of its own by ApplyingRetention, so the step runs without one (a
 * resourceless tasklet), and a run stopped half way leaves whole campaigns done and the rest for the next run.
 */
@Configuration
class ApplyRetentionJobConfiguration {

    static final String JOB_NAME = "applyRetention";

    @Bean
    Job applyRetention(JobRepository jobRepository, Step removeExpiredAnswers) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(removeExpiredAnswers)
                .build();
    }

    @Bean
    Step removeExpiredAnswers(
            JobRepository jobRepository, DataSourceTransactionManager batchTransactionManager, Tasklet retention) {
        return new StepBuilder("removeExpiredAnswers", jobRepository)
                .tasklet(retention, batchTransactionManager)
                .build();
    }

    @Bean
    @StepScope
    Tasklet retention(
            ApplyingRetention applying, @Value("#{jobParameters['" + BatchJobs.STARTED_BY + "']}") String startedBy) {
        return (contribution, context) -> {
            List<Removal> removed = applying.apply(startedBy == null ? JOB_NAME : startedBy);
            removed.forEach(r -> contribution.incrementWriteCount((int) Math.min(Integer.MAX_VALUE, r.responses())));
            return RepeatStatus.FINISHED;
        };
    }
}
