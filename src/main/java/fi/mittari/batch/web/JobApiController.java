package fi.mittari.batch.web;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.batch.JobExecutionSummary;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Runs batch jobs on demand, restarts failed runs, and tells how runs went: the history and each run's progress. */
@ApiErrors
@Controller("/api/jobs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST})
class JobApiController {

    static final int MAX_HISTORY = 100;

    private final BatchJobs jobs;
    private final OnDemandLaunch launching;

    JobApiController(BatchJobs jobs, OnDemandLaunch launching) {
        this.jobs = jobs;
        this.launching = launching;
    }

    @Post("/{name}/executions")
    @ApiResponse(
            responseCode = "202",
            description = "Started",
            content = @Content(schema = @Schema(implementation = JobExecutionSummary.class)))
    HttpResponse<?> launch(String name, @Nullable @Body LaunchRequest request, Authentication user) {
        Optional<BatchJob> job = BatchJob.named(name);
        if (job.isEmpty()) {
            return unknownJob(name);
        }
        var checked = request == null
                ? launching.check(job.get(), null, null, null, null)
                : launching.check(job.get(), request.report(), request.project(), request.from(), request.to());
        if (checked instanceof OnDemandLaunch.Checked.Invalid invalid) {
            return HttpResponse.unprocessableEntity()
                    .body(new ApiProblem(
                            "The job was not started",
                            List.of(new ApiProblem.Detail(invalid.field(), "invalid", invalid.message()))));
        }
        var parameters = ((OnDemandLaunch.Checked.Valid) checked).parameters();
        try {
            return accepted(launching.launch(job.get(), parameters, user.getName()));
        } catch (BatchJobs.LaunchRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(ApiProblem.of(refused.getMessage()));
        }
    }

    @Get("/executions{?job,limit}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = JobExecutionSummary.class))))
    HttpResponse<?> history(@Nullable @QueryValue String job, @Nullable @QueryValue Integer limit) {
        Optional<BatchJob> named = Optional.empty();
        if (job != null && !job.isBlank()) {
            named = BatchJob.named(job);
            if (named.isEmpty()) {
                return unknownJob(job);
            }
        }
        int rows = limit == null ? 20 : limit;
        if (rows < 1 || rows > MAX_HISTORY) {
            return HttpResponse.unprocessableEntity()
                    .body(new ApiProblem(
                            "The history was not read",
                            List.of(new ApiProblem.Detail("limit", "invalid", "must be from 1 to " + MAX_HISTORY))));
        }
        return HttpResponse.ok(jobs.history(named, rows));
    }

    @Get("/executions/{id}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = JobExecutionSummary.class)))
    HttpResponse<?> execution(long id) {
        return jobs.execution(id)
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> HttpResponse.notFound(ApiProblem.of("No job execution " + id)));
    }

    @Post("/executions/{id}/restart")
    @ApiResponse(
            responseCode = "202",
            description = "Started again",
            content = @Content(schema = @Schema(implementation = JobExecutionSummary.class)))
    HttpResponse<?> restart(long id) {
        if (jobs.execution(id).isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("No job execution " + id));
        }
        try {
            return accepted(jobs.restart(id));
        } catch (BatchJobs.LaunchRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(ApiProblem.of(refused.getMessage()));
        }
    }

    private HttpResponse<?> accepted(long id) {
        return HttpResponse.accepted(URI.create("/api/jobs/executions/" + id))
                .body(jobs.execution(id).orElseThrow());
    }

    private static HttpResponse<?> unknownJob(String name) {
        return HttpResponse.notFound(ApiProblem.of("No job named '" + name + "'; jobs are "
                + Arrays.stream(BatchJob.values()).map(BatchJob::jobName).toList()));
    }

    @Serdeable
    record LaunchRequest(
            @Nullable String report, @Nullable String project, @Nullable String from, @Nullable String to) {}
}
