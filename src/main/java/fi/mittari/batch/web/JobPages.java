package fi.mittari.batch.web;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** The view models of the staff pages of batch jobs. */
public final class JobPages {

    private JobPages() {}

    /** The counts of "412 of 1 000 items" and its {@code <progress>} element; absent when no step knows its total. */
    public record ProgressView(long done, long total) {}

    /**
     * @param job the job's name, a code the page describes in its language
     * @param start null before the run has started
     * @param duration "45 s", "2 min 5 s", "1 h 2 min"; "–" before the run has started
     * @param status Spring Batch's status (COMPLETED, FAILED…), which the page names in its language
     */
    public record RunRow(
            long id,
            String job,
            String startedBy,
            @Nullable Instant start,
            String duration,
            String status,
            List<ProgressView> progress) {}

    public record Option(String value, String text, boolean selected) {}

    /**
     * The start forms as typed and what was wrong: {@code form} names the job whose form was refused, {@code field}
     * its field ("" when the refusal concerns the run as a whole, e.g. one already running), {@code message} the
     * message key of what was wrong and {@code detail} its argument (the launcher's own words for a refused run).
     */
    public record StartForms(
            List<Option> projects,
            String from,
            String to,
            List<Option> reports,
            String form,
            String field,
            String message,
            String detail) {

        public boolean hasError() {
            return !message.isEmpty();
        }

        /** The message key to show beside {@code name} of {@code job}'s form, or "". */
        public String errorOf(String job, String name) {
            return form.equals(job) && field.equals(name) ? message : "";
        }

        /** Where the error summary's link leads: the field, or the form's button when no field is to blame. */
        public String errorTarget() {
            String prefix = form.equals("funderReport") ? "r-" : "a-";
            return "#" + prefix + (field.isEmpty() ? "submit" : field);
        }
    }

    public record JobList(List<RunRow> runs, StartForms forms) {}

    public record StepRow(
            String name,
            String status,
            long read,
            long written,
            long skipped,
            long commits,
            List<ProgressView> progress) {}

    public record Parameter(String name, String value) {}

    /** @param end null while the run goes on */
    public record JobDetail(
            RunRow run,
            @Nullable Instant end,
            List<Parameter> parameters,
            String exitCode,
            String exitMessage,
            List<String> failures,
            List<StepRow> steps,
            boolean running,
            boolean restartable,
            String restartError,
            String resultsLink) {}
}
