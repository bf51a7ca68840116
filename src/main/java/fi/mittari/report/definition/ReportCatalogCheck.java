package fi.mittari.report.definition;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.PropertyNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the report files together and against the indicator catalog and the ecosystems. A report code used in two
 * files rejects the later file (by name) whole, telling where the first one is. A definition naming an indicator the
 * catalog does not have, a breakdown none of its indicators offers, an employment section that does not fit (unknown
 * indicators, a rate that is not a ratio, a type breakdown the employed indicator lacks) or an ecosystem that does not
 * exist is left out alone.
 */
public final class ReportCatalogCheck {

    private ReportCatalogCheck() {}

    /** The definitions in force (by code) and every file with its problems (by file name). */
    public record CheckedReports(List<ReportDefinition> definitions, List<ReportDefinitionFile> files) {
        public CheckedReports {
            definitions = List.copyOf(definitions);
            files = List.copyOf(files);
        }
    }

    /** As {@link #check(List, IndicatorCatalog, Set)} where no ecosystem exists. */
    public static CheckedReports check(List<ReportDefinitionFile> read, IndicatorCatalog indicators) {
        return check(read, indicators, Set.of());
    }

    /**
     * {@code ecosystems}: the codes of the ecosystems that exist, which a report's {@code scope} may name; a report
     * naming another is an error (as when a person publishes it).
     */
    public static CheckedReports check(
            List<ReportDefinitionFile> read, IndicatorCatalog indicators, Set<String> ecosystems) {
        return check(read, indicators, ecosystems, DefinitionProblem.Severity.ERROR);
    }

    /**
     * As {@link #check(List, IndicatorCatalog, Set)}, with {@code missingEcosystem} the weight of a report naming an
     * ecosystem not defined yet. The stored definitions in force use a warning: a report file shipped or published
     * before its ecosystem exists waits, left out, until someone defines it, and comes into force then.
     */
    public static CheckedReports check(
            List<ReportDefinitionFile> read,
            IndicatorCatalog indicators,
            Set<String> ecosystems,
            DefinitionProblem.Severity missingEcosystem) {
        List<ReportDefinitionFile> sorted = read.stream()
                .sorted(Comparator.comparing(ReportDefinitionFile::source))
                .toList();
        Map<String, LocatedReport> firstByCode = new HashMap<>();
        List<ReportDefinitionFile> checked = new ArrayList<>();
        List<ReportDefinition> definitions = new ArrayList<>();
        for (ReportDefinitionFile file : sorted) {
            List<DefinitionProblem> duplicates = duplicates(file, firstByCode);
            if (!duplicates.isEmpty()) {
                checked.add(new ReportDefinitionFile(file.source(), List.of(), sorted(file.problems(), duplicates)));
                continue;
            }
            file.reports().forEach(r -> firstByCode.put(r.definition().code(), r));
            List<LocatedReport> kept = new ArrayList<>();
            List<DefinitionProblem> found = new ArrayList<>();
            for (LocatedReport report : file.reports()) {
                List<DefinitionProblem> problems = new ReportIndicatorRules(report, indicators).check();
                unknownEcosystem(report, ecosystems, missingEcosystem).ifPresent(problems::add);
                if (problems.isEmpty()) {
                    kept.add(report);
                    definitions.add(report.definition());
                }
                found.addAll(problems);
            }
            checked.add(new ReportDefinitionFile(file.source(), kept, sorted(file.problems(), found)));
        }
        definitions.sort(Comparator.comparing(ReportDefinition::code));
        return new CheckedReports(definitions, checked);
    }

    private static Optional<DefinitionProblem> unknownEcosystem(
            LocatedReport report, Set<String> ecosystems, DefinitionProblem.Severity severity) {
        return report.definition()
                .ecosystem()
                .filter(code -> !ecosystems.contains(code))
                .map(code -> problem(
                        report,
                        "scope.ecosystem",
                        "unknown ecosystem '" + code + "'; define it at /staff/ecosystems first"
                                + (ecosystems.isEmpty()
                                        ? " (there are none yet)"
                                        : "; there are " + String.join(", ", new java.util.TreeSet<>(ecosystems)))
                                + ReportIndicatorRules.suggestion(code, List.copyOf(ecosystems))
                                + (severity == DefinitionProblem.Severity.WARNING
                                        ? "; the report waits, left out, until it is defined"
                                        : ""),
                        severity));
    }

    private static List<DefinitionProblem> duplicates(ReportDefinitionFile file, Map<String, LocatedReport> first) {
        List<DefinitionProblem> problems = new ArrayList<>();
        for (LocatedReport report : file.reports()) {
            LocatedReport earlier = first.get(report.definition().code());
            if (earlier != null) {
                problems.add(problem(
                        report,
                        "code",
                        "report code '" + report.definition().code() + "' is already defined in "
                                + earlier.definition().sourceName() + " on line "
                                + earlier.at("code").line() + "; codes are unique across all files"));
            }
        }
        return problems;
    }

    private static List<DefinitionProblem> sorted(List<DefinitionProblem> first, List<DefinitionProblem> more) {
        List<DefinitionProblem> all = new ArrayList<>(first);
        all.addAll(more);
        all.sort(Comparator.comparingInt(DefinitionProblem::line).thenComparingInt(DefinitionProblem::column));
        return all;
    }

    static DefinitionProblem problem(LocatedReport report, String entryPath, String message) {
        return problem(report, entryPath, message, DefinitionProblem.Severity.ERROR);
    }

    private static DefinitionProblem problem(
            LocatedReport report, String entryPath, String message, DefinitionProblem.Severity severity) {
        LocatedReport.Place at = report.at(entryPath);
        return new DefinitionProblem(
                report.definition().sourceName(), at.line(), at.column(), report.pathOf(entryPath), message, severity);
    }

    /** One definition's indicators, breakdowns and employment section against the catalog. */
    private record ReportIndicatorRules(LocatedReport report, IndicatorCatalog catalog) {

        List<DefinitionProblem> check() {
            List<DefinitionProblem> problems = new ArrayList<>();
            ReportDefinition definition = report.definition();
            List<String> codes =
                    catalog.all().stream().map(IndicatorDefinition::code).toList();
            for (int i = 0; i < definition.indicators().size(); i++) {
                known(definition.indicators().get(i), "indicators[" + i + "]", codes)
                        .ifPresent(problems::add);
            }
            List<IndicatorDefinition> listed = definition.indicators().isEmpty()
                    ? catalog.all()
                    : definition.indicators().stream()
                            .flatMap(code -> catalog.byCode(code).stream())
                            .toList();
            Set<String> offered = new LinkedHashSet<>();
            listed.forEach(d -> d.breakdowns().forEach(b -> offered.add(b.key())));
            for (int i = 0; i < definition.breakdowns().size(); i++) {
                String key = definition.breakdowns().get(i);
                if (!offered.contains(key)) {
                    problems.add(problem(
                            report,
                            "breakdowns[" + i + "]",
                            "breakdown '" + key + "' is not offered by any of the report's indicators; they offer "
                                    + (offered.isEmpty() ? "none" : String.join(", ", offered))
                                    + suggestion(key, List.copyOf(offered))));
                }
            }
            definition.employment().ifPresent(employment -> employment(employment, codes, problems));
            return problems;
        }

        private void employment(
                ReportDefinition.EmploymentSection employment, List<String> codes, List<DefinitionProblem> problems) {
            known(employment.coached(), "employment.coached", codes).ifPresent(problems::add);
            known(employment.employed(), "employment.employed", codes).ifPresent(problems::add);
            Optional<DefinitionProblem> unknownRate = known(employment.rate(), "employment.rate", codes);
            unknownRate.ifPresent(problems::add);
            catalog.byCode(employment.rate())
                    .filter(rate -> !(rate.measure() instanceof Measure.Ratio))
                    .ifPresent(rate -> problems.add(problem(
                            report,
                            "employment.rate",
                            "indicator '" + rate.code() + "' is not a ratio (measure: {ratio: …}), so it cannot be"
                                    + " the employment rate")));
            employment.typeBreakdown().ifPresent(type -> catalog.byCode(employment.employed())
                    .ifPresent(employed -> {
                        List<String> keys = employed.breakdowns().stream()
                                .map(Breakdown::key)
                                .toList();
                        if (!keys.contains(type)) {
                            problems.add(problem(
                                    report,
                                    "employment.by_type",
                                    "indicator '" + employed.code() + "' has no breakdown '" + type + "'; it has "
                                            + (keys.isEmpty() ? "none" : String.join(", ", keys))
                                            + suggestion(type, keys)));
                        }
                    }));
        }

        private Optional<DefinitionProblem> known(String code, String entryPath, List<String> codes) {
            if (codes.contains(code)) {
                return Optional.empty();
            }
            return Optional.of(problem(
                    report,
                    entryPath,
                    "unknown indicator '" + code + "'; no accepted file of batch/indicators/ defines it"
                            + suggestion(code, codes)));
        }

        static String suggestion(String name, List<String> known) {
            return PropertyNames.closest(name, known)
                    .map(k -> "; did you mean '" + k + "'?")
                    .orElse("");
        }
    }
}
