package fi.mittari.batch.web;

import java.util.List;

/** The view models of the staff pages of batch jobs. */
public final class JobPages {

    private JobPages() {}

    /** "412 of 1 000 items" with the counts a {@code <progress>} element needs; absent when no step knows its total. */
    public record ProgressView(String text, long done, long total) {}

    public record RunRow(
            long id,
            String job,
            String startedBy,
            String start,
            String duration,
            String status,
            List<ProgressView> progress) {}

    public record Option(String value, String text, boolean selected) {}

    /**
     * The start forms as typed and what was wrong: {@code form} names the job whose form was refused, {@code field}
     * its field ("" when the refusal concerns the run as a whole, e.g. one already running).
     */
    public record StartForms(
            List<Option> projects,
            String from,
            String to,
            List<Option> reports,
            String form,
            String field,
            String message) {

        public boolean hasError() {
            return !message.isEmpty();
        }

        /** The message to show beside {@code name} of {@code job}'s form, or "". */
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

    public record JobDetail(
            RunRow run,
            String end,
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
