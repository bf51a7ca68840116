package fi.mittari.report.definition;

import fi.mittari.yaml.SafeYamlParser;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one report definition file ({@code reports:}, a list; format in batch/README.md, "Report definitions") and
 * reports every problem at once, each with its line, column and path. A file with any error yields no definitions.
 * Checks that need other files or the indicator catalog are {@link ReportCatalogCheck}'s. Safe for untrusted text.
 */
public final class ReportDefinitionReader {

    private final SafeYamlParser parser = new SafeYamlParser();
    private final CronSyntax cron;

    /** @param cron the scheduler's own check of a {@code schedule:} expression */
    public ReportDefinitionReader(CronSyntax cron) {
        this.cron = cron;
    }

    /** Reads {@code yamlText}; {@code source} (usually the file name) labels the problems and the definitions. */
    public ReportDefinitionFile read(String source, String yamlText) {
        YamlProblems problems = new YamlProblems(source);
        List<LocatedReport> reports = new ArrayList<>();
        parser.parse(yamlText == null ? "" : yamlText, problems)
                .flatMap(root -> YamlMapping.of(root, "", "reports: followed by a list of reports", problems))
                .ifPresent(root -> {
                    root.rejectUnknown(List.of("reports"), Set.of(), "a report file");
                    root.list("reports", true).ifPresent(list -> read(source, list, problems, reports));
                });
        return new ReportDefinitionFile(source, problems.hasErrors() ? List.of() : reports, problems.all());
    }

    private void read(String source, SequenceNode list, YamlProblems problems, List<LocatedReport> reports) {
        var entries = new ReportEntryReader(source, problems, cron);
        Map<String, LocatedReport> byCode = new HashMap<>();
        List<Node> items = list.getValue();
        if (items.isEmpty()) {
            problems.error(list, "reports", "the list is empty; a file defines at least one report");
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "reports[" + i + "]";
            YamlMapping.of(items.get(i), path, "a report (code, title, projects, period…)", problems)
                    .flatMap(entry -> entries.read(entry, path))
                    .ifPresent(located -> {
                        LocatedReport first =
                                byCode.putIfAbsent(located.definition().code(), located);
                        if (first == null) {
                            reports.add(located);
                            return;
                        }
                        LocatedReport.Place at = located.at("code");
                        problems.errorAt(
                                at.line(),
                                at.column(),
                                located.pathOf("code"),
                                "report code '" + located.definition().code() + "' is already defined on line "
                                        + first.at("code").line());
                    });
        }
    }
}
