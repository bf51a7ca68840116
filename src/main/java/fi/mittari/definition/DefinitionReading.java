package fi.mittari.definition;

import fi.mittari.indicator.definition.IndicatorDefinitionReader;
import fi.mittari.indicator.definition.IndicatorFile;
import fi.mittari.indicator.definition.LocatedDefinition;
import fi.mittari.report.definition.CronSyntax;
import fi.mittari.report.definition.LocatedReport;
import fi.mittari.report.definition.ReportDefinitionFile;
import fi.mittari.report.definition.ReportDefinitionReader;
import fi.mittari.yaml.DefinitionProblem;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a text as the file readers do, and for one stored definition also checks that it holds exactly one entry
 * with the definition's own code (a version is one definition; a new code is a new definition).
 */
@Singleton
public class DefinitionReading {

    private final ReportDefinitionReader reports;

    DefinitionReading(CronSyntax cron) {
        this.reports = new ReportDefinitionReader(cron);
    }

    /** A whole file of batch/indicators/. */
    IndicatorFile indicatorFile(String source, String yaml) {
        return new IndicatorDefinitionReader().read(source, yaml);
    }

    /** A whole file of batch/reports/. */
    ReportDefinitionFile reportFile(String source, String yaml) {
        return reports.read(source, yaml);
    }

    /** One indicator definition's text; {@code code} empty for a new definition, whose code is what it says. */
    public IndicatorFile indicator(String source, String yaml, Optional<String> code) {
        IndicatorFile file = indicatorFile(source, yaml);
        List<DefinitionProblem> more = new ArrayList<>();
        if (!file.rejected()) {
            List<LocatedDefinition> entries = file.definitions();
            one(source, entries.size(), more);
            if (entries.size() == 1) {
                LocatedDefinition.Location at = entries.get(0).code();
                sameCode(source, entries.get(0).definition().code(), code, at.line(), at.column(), at.path(), more);
            }
        }
        return more.isEmpty() ? file : new IndicatorFile(source, List.of(), merged(file.problems(), more));
    }

    /** One report definition's text; {@code code} empty for a new definition. */
    public ReportDefinitionFile report(String source, String yaml, Optional<String> code) {
        ReportDefinitionFile file = reportFile(source, yaml);
        List<DefinitionProblem> more = new ArrayList<>();
        if (!file.hasErrors()) {
            List<LocatedReport> entries = file.reports();
            one(source, entries.size(), more);
            if (entries.size() == 1) {
                LocatedReport.Place at = entries.get(0).at("code");
                sameCode(
                        source,
                        entries.get(0).definition().code(),
                        code,
                        at.line(),
                        at.column(),
                        entries.get(0).pathOf("code"),
                        more);
            }
        }
        return more.isEmpty() ? file : new ReportDefinitionFile(source, List.of(), merged(file.problems(), more));
    }

    private static void one(String source, int entries, List<DefinitionProblem> problems) {
        if (entries > 1) {
            problems.add(new DefinitionProblem(
                    source,
                    1,
                    1,
                    "",
                    "the list has " + entries + " entries; here each definition is edited on its own, so write"
                            + " one entry (start another definition for the others)",
                    DefinitionProblem.Severity.ERROR));
        }
    }

    private static void sameCode(
            String source,
            String written,
            Optional<String> expected,
            int line,
            int column,
            String path,
            List<DefinitionProblem> problems) {
        expected.filter(code -> !code.equals(written))
                .ifPresent(code -> problems.add(new DefinitionProblem(
                        source,
                        line,
                        column,
                        path,
                        "the code is '" + written + "' but this is the definition '" + code
                                + "'; a code cannot change (start a new definition for a new code)",
                        DefinitionProblem.Severity.ERROR)));
    }

    private static List<DefinitionProblem> merged(List<DefinitionProblem> first, List<DefinitionProblem> more) {
        List<DefinitionProblem> all = new ArrayList<>(first);
        all.addAll(more);
        all.sort(Comparator.comparingInt(DefinitionProblem::line).thenComparingInt(DefinitionProblem::column));
        return all;
    }
}
