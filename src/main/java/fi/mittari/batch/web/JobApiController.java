package fi.mittari.batch.web;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs batch jobs on demand and tells how a run went. */
@Controller("/api/jobs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST})
class JobApiController {

    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private final BatchJobs jobs;
    private final Clock clock;
    private final ResolvingIndicatorScope scopes;

    JobApiController(BatchJobs jobs, Clock clock, ResolvingIndicatorScope scopes) {
        this.jobs = jobs;
        this.clock = clock;
        this.scopes = scopes;
    }

    @Post("/{name}/executions")
    HttpResponse<?> launch(String name, @Nullable @Body LaunchRequest request) {
        Optional<BatchJob> job = BatchJob.named(name);
        if (job.isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("No job named '" + name + "'; jobs are "
                    + java.util.Arrays.stream(BatchJob.values())
                            .map(BatchJob::jobName)
                            .toList()));
        }
        Map<String, String> parameters = Map.of();
        if (job.get() == BatchJob.FUNDER_REPORT) {
            String language = request == null || request.language() == null ? "fi" : request.language();
            if (!LANGUAGES.contains(language)) {
                return HttpResponse.unprocessableEntity()
                        .body(new ApiProblem(
                                "The job was not started",
                                List.of(new ApiProblem.Detail("language", "invalid", "must be one of fi, sv, en"))));
            }
            parameters = Map.of("language", language);
        }
        if (job.get() == BatchJob.AGGREGATE_INDICATORS && request != null) {
            try {
                scopes.resolve(
                        Optional.ofNullable(request.project()),
                        Optional.ofNullable(request.from()),
                        Optional.ofNullable(request.to()));
            } catch (IllegalArgumentException bad) {
                return HttpResponse.unprocessableEntity()
                        .body(new ApiProblem(
                                "The job was not started",
                                List.of(new ApiProblem.Detail(
                                        bad.getMessage().replaceAll("^parameter '([a-z]+)'.*", "$1"),
                                        "invalid",
                                        bad.getMessage()))));
            }
            var scope = new java.util.HashMap<String, String>();
            Optional.ofNullable(request.project()).ifPresent(p -> scope.put("project", p));
            Optional.ofNullable(request.from()).ifPresent(f -> scope.put("from", f));
            Optional.ofNullable(request.to()).ifPresent(t -> scope.put("to", t));
            parameters = Map.copyOf(scope);
        }
        try {
            long id = jobs.launch(job.get(), "on-demand " + clock.instant(), parameters);
            var summary = jobs.execution(id).orElseThrow();
            return HttpResponse.accepted(URI.create("/api/jobs/executions/" + id))
                    .body(summary);
        } catch (BatchJobs.LaunchRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(ApiProblem.of(refused.getMessage()));
        }
    }

    @Get("/executions/{id}")
    HttpResponse<?> execution(long id) {
        return jobs.execution(id)
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> HttpResponse.notFound(ApiProblem.of("No job execution " + id)));
    }

    @Serdeable
    record LaunchRequest(
            @Nullable String language, @Nullable String project, @Nullable String from, @Nullable String to) {}
}
