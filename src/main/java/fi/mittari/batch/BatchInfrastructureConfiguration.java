package fi.mittari.batch;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;

/** The job repository on the shared pool and transaction manager, and a launcher that runs jobs off the caller's thread. */
@Configuration
@EnableBatchProcessing(dataSourceRef = "batchDataSource", transactionManagerRef = "batchTransactionManager")
class BatchInfrastructureConfiguration {

    /** At most two jobs at once: these machines have two cores and the jobs are database-bound. */
    @Bean
    TaskExecutorJobLauncher asyncJobLauncher(JobRepository jobRepository) throws Exception {
        var executor = new SimpleAsyncTaskExecutor("batch-");
        executor.setConcurrencyLimit(2);
        var launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(jobRepository);
        launcher.setTaskExecutor(executor);
        launcher.afterPropertiesSet();
        return launcher;
    }

    /** Runs a job in the caller's thread to its end: funderReport's refreshIndicators step runs aggregateIndicators so. */
    @Bean
    TaskExecutorJobLauncher syncJobLauncher(JobRepository jobRepository) throws Exception {
        var launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(jobRepository);
        launcher.setTaskExecutor(new SyncTaskExecutor());
        launcher.afterPropertiesSet();
        return launcher;
    }

    /**
     * Every job holds its execution's lock while it runs; added here so that no job configuration can forget it.
     * Static: a post-processor must exist before the beans it processes.
     */
    @Bean
    static BeanPostProcessor executionLocksOnEveryJob(JobLocks locks) {
        ExecutionLockListener listener = new ExecutionLockListener(locks);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractJob job) {
                    job.registerJobExecutionListener(listener);
                }
                return bean;
            }
        };
    }
}
