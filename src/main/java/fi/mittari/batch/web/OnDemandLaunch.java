package fi.mittari.batch.web;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.report.definition.ReportDefinition;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A staff member starting a job: the parameters checked the same way for the API and the staff page. */
@Singleton
class OnDemandLaunch {

    private final BatchJobs jobs;
    private final Clock clock;
    private final ResolvingIndicatorScope scopes;
    private final ReportCatalog reports;

    OnDemandLaunch(BatchJobs jobs, Clock clock, ResolvingIndicatorScope scopes, ReportCatalog reports) {
        this.jobs = jobs;
        this.clock = clock;
        this.scopes = scopes;
        this.reports = reports;
    }

    /** Parameters for the job, or an explanation of the bad one. */
    sealed interface Checked {
        record Valid(Map<String, String> parameters) implements Checked {}

        record Invalid(String field, String message) implements Checked {}
    }

    /**
     * The funder report's definition code (required, one of the catalog's); the aggregation's scope: a project code and a period from–to
     * (dates YYYY-MM-DD), each optional, checked as the job will resolve them.
     */
    Checked check(
            BatchJob job,
            @Nullable String report,
            @Nullable String project,
            @Nullable String from,
            @Nullable String to) {
        if (job == BatchJob.AGGREGATE_INDICATORS) {
            return scope(project, from, to);
        }
        if (job != BatchJob.FUNDER_REPORT) {
            return new Checked.Valid(Map.of());
        }
        String code = report == null ? "" : report.strip();
        if (code.isEmpty()) {
            return new Checked.Invalid("report", "choose a report definition; definitions are " + codes());
        }
        if (reports.byCode(code).isEmpty()) {
            return new Checked.Invalid(
                    "report", "there is no report definition '" + code + "'; definitions are " + codes());
        }
        return new Checked.Valid(Map.of("report", code));
    }

    private java.util.List<String> codes() {
        return reports.all().stream().map(ReportDefinition::code).toList();
    }

    private Checked scope(@Nullable String project, @Nullable String from, @Nullable String to) {
        Optional<String> p = Optional.ofNullable(project).filter(v -> !v.isBlank());
        Optional<String> f = Optional.ofNullable(from).filter(v -> !v.isBlank());
        Optional<String> t = Optional.ofNullable(to).filter(v -> !v.isBlank());
        try {
            scopes.resolve(p, f, t);
        } catch (IllegalArgumentException bad) {
            return new Checked.Invalid(fieldOf(bad.getMessage()), bad.getMessage());
        }
        Map<String, String> parameters = new HashMap<>();
        p.ifPresent(v -> parameters.put("project", v));
        f.ifPresent(v -> parameters.put("from", v));
        t.ifPresent(v -> parameters.put("to", v));
        return new Checked.Valid(Map.copyOf(parameters));
    }

    /** The parameter a scope's refusal names; a period that ends before it starts is the end's fault. */
    static String fieldOf(String message) {
        var named = java.util.regex.Pattern.compile("^parameter '([a-z]+)'").matcher(message);
        return named.find() ? named.group(1) : "to";
    }

    long launch(BatchJob job, Map<String, String> parameters, String username) throws BatchJobs.LaunchRefused {
        return jobs.launch(job, "on-demand " + clock.instant(), username, parameters);
    }
}
