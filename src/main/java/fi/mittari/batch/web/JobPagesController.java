package fi.mittari.batch.web;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.batch.web.JobPages.JobList;
import fi.mittari.batch.web.JobPages.Option;
import fi.mittari.batch.web.JobPages.StartForms;
import fi.mittari.context.Projects;
import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.security.Roles;
import fi.mittari.web.PostedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff pages of batch jobs: recent runs with their progress, a form to start each job, a run's steps, and Restart on
 * a failed or stopped run. Parameters are checked by {@link OnDemandLaunch}, as for the API.
 */
@Controller("/staff/jobs")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST})
class JobPagesController {

    static final int RECENT_RUNS = 30;

    private final BatchJobs jobs;
    private final OnDemandLaunch launching;
    private final Projects projects;
    private final ReportCatalog reports;

    JobPagesController(BatchJobs jobs, OnDemandLaunch launching, Projects projects, ReportCatalog reports) {
        this.jobs = jobs;
        this.launching = launching;
        this.projects = projects;
        this.reports = reports;
    }

    @Get
    ModelAndView<?> list() {
        return listPage(forms("", "", "", "", "", "", "", ""));
    }

    @Post("/{name}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(String name, @Body StartPost form, Authentication user) {
        String project = form.project();
        String from = form.from();
        String to = form.to();
        String report = form.report();
        Optional<BatchJob> job = BatchJob.named(name);
        if (job.isEmpty()) {
            return HttpResponse.notFound("No job named '" + name + "'");
        }
        var checked = launching.check(job.get(), report, project, from, to);
        if (checked instanceof OnDemandLaunch.Checked.Invalid invalid) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(listPage(forms(project, from, to, report, name, invalid.field(), messageKey(invalid), "")));
        }
        try {
            long id =
                    launching.launch(job.get(), ((OnDemandLaunch.Checked.Valid) checked).parameters(), user.getName());
            return HttpResponse.seeOther(URI.create("/staff/jobs/" + id));
        } catch (BatchJobs.LaunchRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(listPage(
                            forms(project, from, to, report, name, "", "jobs.error.refused", refused.getMessage())));
        }
    }

    @Get("/{id:[0-9]+}")
    HttpResponse<?> show(long id) {
        return jobs.execution(id)
                .<HttpResponse<?>>map(run -> HttpResponse.ok(detailPage(JobViews.detail(run, ""))))
                .orElseGet(() -> HttpResponse.notFound("No job run " + id));
    }

    @Post("/{id:[0-9]+}/restart")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restart(long id) {
        var run = jobs.execution(id);
        if (run.isEmpty()) {
            return HttpResponse.notFound("No job run " + id);
        }
        try {
            return HttpResponse.seeOther(URI.create("/staff/jobs/" + jobs.restart(id)));
        } catch (BatchJobs.LaunchRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(detailPage(JobViews.detail(run.get(), refused.getMessage())));
        }
    }

    private ModelAndView<?> listPage(StartForms forms) {
        var runs = jobs.history(Optional.empty(), RECENT_RUNS).stream()
                .map(JobViews::row)
                .toList();
        return new ModelAndView<>("jobs/list", Map.of("page", new JobList(runs, forms)));
    }

    private static ModelAndView<?> detailPage(JobPages.JobDetail detail) {
        return new ModelAndView<>("jobs/detail", Map.of("page", detail));
    }

    /** What was wrong, as a message key of the jobs bundle; the launcher's own words are English, for the API. */
    private static String messageKey(OnDemandLaunch.Checked.Invalid invalid) {
        return switch (invalid.field()) {
            case "project" -> "jobs.error.project";
            case "report" -> "jobs.error.report";
            default -> invalid.message().startsWith("parameter") ? "jobs.error.date" : "jobs.error.period";
        };
    }

    private StartForms forms(
            String project,
            String from,
            String to,
            String report,
            String form,
            String field,
            String message,
            String detail) {
        List<Option> projectOptions = projects.all().stream()
                .map(p -> new Option(
                        p.code(), p.name() + " (" + p.code() + ")", p.code().equals(project)))
                .toList();
        List<Option> reportOptions = reports.all().stream()
                .map(d -> new Option(
                        d.code(), d.title() + " (" + d.code() + ")", d.code().equals(report)))
                .toList();
        return new StartForms(projectOptions, from, to, reportOptions, form, field, message, detail);
    }

    /**
     * A job's start form as posted: the fields the job asks for, each stripped and an absent one empty. The launcher
     * checks them, the same as for the API.
     */
    @Serdeable.Deserializable
    record StartPost(@Nullable String project, @Nullable String from, @Nullable String to, @Nullable String report) {

        StartPost {
            project = PostedText.of(project);
            from = PostedText.of(from);
            to = PostedText.of(to);
            report = PostedText.of(report);
        }
    }
}
