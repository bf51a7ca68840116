package fi.mittari.batch.web;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.JobExecutionSummary;
import fi.mittari.batch.Progress;
import fi.mittari.batch.StepProgress;
import fi.mittari.batch.web.JobPages.JobDetail;
import fi.mittari.batch.web.JobPages.Parameter;
import fi.mittari.batch.web.JobPages.ProgressView;
import fi.mittari.batch.web.JobPages.RunRow;
import fi.mittari.batch.web.JobPages.StepRow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Job runs as staff read them: durations in units, times and progress as raw values the page formats. */
final class JobViews {

    /** Parameters every run has that say nothing a staff member chose. */
    private static final List<String> HIDDEN_PARAMETERS = List.of("run", "startedBy");

    private JobViews() {}

    static RunRow row(JobExecutionSummary run) {
        return new RunRow(
                run.id(),
                run.job(),
                run.startedBy(),
                run.startTime(),
                duration(run.durationSeconds()),
                run.status(),
                progress(run.progress()));
    }

    static JobDetail detail(JobExecutionSummary run, String restartError) {
        Map<String, String> chosen = new TreeMap<>(run.parameters());
        HIDDEN_PARAMETERS.forEach(chosen::remove);
        return new JobDetail(
                row(run),
                run.endTime(),
                chosen.entrySet().stream()
                        .map(e -> new Parameter(e.getKey(), e.getValue()))
                        .toList(),
                run.exitCode(),
                run.exitMessage(),
                run.failures(),
                run.steps().stream().map(JobViews::step).toList(),
                run.running(),
                run.restartable(),
                restartError,
                resultsLink(run));
    }

    /** Where an aggregation's values can be read: the indicator results page of the scope the run computed. */
    private static String resultsLink(JobExecutionSummary run) {
        if (!run.job().equals(BatchJob.AGGREGATE_INDICATORS.jobName())) {
            return "";
        }
        return "/staff/indicators?"
                + Stream.of("project", "from", "to")
                        .map(name -> name + "="
                                + URLEncoder.encode(run.parameters().getOrDefault(name, ""), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    private static StepRow step(StepProgress step) {
        return new StepRow(
                step.name(),
                step.status(),
                step.readCount(),
                step.writeCount(),
                step.skipCount(),
                step.commitCount(),
                progress(step.progress()));
    }

    private static List<ProgressView> progress(Progress progress) {
        return progress == null ? List.of() : List.of(new ProgressView(progress.done(), progress.total()));
    }

    /** "45 s", "2 min 5 s", "1 h 2 min"; "–" before the run has started. */
    static String duration(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        long s = seconds;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
