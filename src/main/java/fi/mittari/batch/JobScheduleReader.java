package fi.mittari.batch;

import io.micronaut.scheduling.cron.CronExpression;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads batch/schedules.yaml. A bad entry is reported with file and line and skipped; the good entries still run.
 * <pre>
 * schedules:
 *   - job: aggregateIndicators
 *     cron: "0 15 2 * * *"     # second minute hour day-of-month month day-of-week
 *   - job: funderReport
 *     cron: "0 45 2 * * MON"
 *     report: keko-stea-2019   # a report definition's code (batch/reports/)
 * </pre>
 * A report definition's own {@code schedule} is the usual way to build it regularly; an entry here is another.
 */
final class JobScheduleReader {

    private static final Set<String> KEYS = Set.of("job", "cron", "report");

    record Read(List<JobSchedule> schedules, List<String> problems) {}

    Read read(String source, String yaml) {
        List<JobSchedule> schedules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Node root;
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            problems.add(source + ":" + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem());
            return new Read(schedules, problems);
        }
        if (root == null) {
            return new Read(schedules, problems);
        }
        Node list = root instanceof MappingNode mapping ? value(mapping, "schedules") : null;
        if (!(list instanceof SequenceNode entries)) {
            problems.add(source + ":" + line(root) + ": expected a 'schedules:' list");
            return new Read(schedules, problems);
        }
        for (Node entry : entries.getValue()) {
            readEntry(source, entry, problems).ifPresent(schedules::add);
        }
        return new Read(schedules, problems);
    }

    private java.util.Optional<JobSchedule> readEntry(String source, Node entry, List<String> problems) {
        String where = source + ":" + line(entry) + ": ";
        if (!(entry instanceof MappingNode mapping)) {
            problems.add(where + "expected an entry with 'job' and 'cron'");
            return java.util.Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!KEYS.contains(key) || !(tuple.getValueNode() instanceof ScalarNode)) {
                problems.add(where + "unknown or malformed property '" + key + "'; expected job, cron, report");
                return java.util.Optional.empty();
            }
            values.put(key, scalar(tuple.getValueNode()));
        }
        var job = BatchJob.named(values.getOrDefault("job", ""));
        if (job.isEmpty()) {
            problems.add(where + "unknown job '" + values.get("job") + "'; jobs are aggregateIndicators, funderReport");
            return java.util.Optional.empty();
        }
        String cron = values.getOrDefault("cron", "");
        try {
            CronExpression.create(cron);
        } catch (RuntimeException e) {
            problems.add(where + "invalid cron '" + cron + "' (second minute hour day-of-month month day-of-week): "
                    + e.getMessage());
            return java.util.Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        boolean funderReport = job.get() == BatchJob.FUNDER_REPORT;
        String report = values.getOrDefault("report", "").strip();
        if (funderReport == report.isEmpty()) {
            problems.add(where + "'report' (a report definition's code) is required for funderReport, and only for it");
            return java.util.Optional.empty();
        }
        if (funderReport) {
            parameters.put("report", report);
        }
        return java.util.Optional.of(new JobSchedule(job.get(), cron, parameters, line(entry)));
    }

    private static Node value(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(t -> key.equals(scalar(t.getKeyNode())))
                .map(NodeTuple::getValueNode)
                .findFirst()
                .orElse(null);
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
