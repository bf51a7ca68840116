/**
 * Spring Batch inside Micronaut: the child Spring context, one configuration class per job, the schedules of
 * batch/schedules.yaml, and the jobs API. Micronaut code launches jobs only through
 * {@link fi.mittari.batch.BatchJobs}.
 */
package fi.mittari.batch;
