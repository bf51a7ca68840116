package fi.mittari.batch.web;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** A staff member starting a job: the parameters checked the same way for the API and the staff page. */
@Singleton
class OnDemandLaunch {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private final BatchJobs jobs;
    private final Clock clock;

    OnDemandLaunch(BatchJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Parameters for the job, or an explanation of the bad one. */
    sealed interface Checked {
        record Valid(Map<String, String> parameters) implements Checked {}

        record Invalid(String field, String message) implements Checked {}
    }

    static Checked check(BatchJob job, @Nullable String language) {
        if (job != BatchJob.FUNDER_REPORT) {
            return new Checked.Valid(Map.of());
        }
        String chosen = language == null || language.isBlank() ? "fi" : language;
        if (!LANGUAGES.contains(chosen)) {
            return new Checked.Invalid("language", "must be one of fi, sv, en");
        }
        return new Checked.Valid(Map.of("language", chosen));
    }

    long launch(BatchJob job, Map<String, String> parameters, String username) throws BatchJobs.LaunchRefused {
        return jobs.launch(job, "on-demand " + clock.instant(), username, parameters);
    }
}
