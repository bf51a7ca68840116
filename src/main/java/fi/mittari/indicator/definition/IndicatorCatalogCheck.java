package fi.mittari.indicator.definition;

import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.PropertyNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the definition files together: codes unique across files (the later file, by name, is rejected and told where
 * the first one is), ratio operands defined and declaring each of the ratio's breakdowns, and no ratio defined through
 * itself. A file with such a problem is left
 * out as a whole; since that can take away another ratio's operand, the checks repeat until nothing changes.
 */
public final class IndicatorCatalogCheck {

    private IndicatorCatalogCheck() {}

    /** The definitions in force and every file with its problems, both in a stable order (by code, by file). */
    public record CheckedCatalog(List<IndicatorDefinition> definitions, List<IndicatorFile> files) {
        public CheckedCatalog {
            definitions = List.copyOf(definitions);
            files = List.copyOf(files);
        }

        public List<IndicatorFile> rejectedFiles() {
            return files.stream().filter(IndicatorFile::rejected).toList();
        }
    }

    public static CheckedCatalog check(List<IndicatorFile> read) {
        List<IndicatorFile> files = read.stream()
                .sorted(Comparator.comparing(IndicatorFile::source))
                .toList();
        Map<String, Set<DefinitionProblem>> found = new LinkedHashMap<>();
        files.forEach(file -> found.put(file.source(), new LinkedHashSet<>()));
        boolean changed = true;
        while (changed) {
            List<IndicatorFile> accepted = files.stream()
                    .filter(file -> !file.rejected() && found.get(file.source()).isEmpty())
                    .toList();
            int before = found.values().stream().mapToInt(Set::size).sum();
            duplicates(accepted, found);
            operands(accepted, found);
            cycles(accepted, found);
            changed = found.values().stream().mapToInt(Set::size).sum() > before;
        }
        List<IndicatorFile> checked = new ArrayList<>();
        List<IndicatorDefinition> definitions = new ArrayList<>();
        for (IndicatorFile file : files) {
            if (found.get(file.source()).isEmpty()) {
                checked.add(file);
                file.definitions().forEach(d -> definitions.add(d.definition()));
            } else {
                List<DefinitionProblem> problems = new ArrayList<>(file.problems());
                problems.addAll(found.get(file.source()));
                problems.sort(
                        Comparator.comparingInt(DefinitionProblem::line).thenComparingInt(DefinitionProblem::column));
                checked.add(new IndicatorFile(file.source(), List.of(), problems));
            }
        }
        definitions.sort(Comparator.comparing(IndicatorDefinition::code));
        return new CheckedCatalog(definitions, checked);
    }

    private static void duplicates(List<IndicatorFile> accepted, Map<String, Set<DefinitionProblem>> found) {
        Map<String, LocatedDefinition> first = new HashMap<>();
        for (IndicatorFile file : accepted) {
            for (LocatedDefinition located : file.definitions()) {
                LocatedDefinition earlier =
                        first.putIfAbsent(located.definition().code(), located);
                if (earlier != null) {
                    add(
                            found,
                            located,
                            located.code(),
                            "indicator code '" + located.definition().code()
                                    + "' is already defined in "
                                    + earlier.definition().sourceName() + " on line "
                                    + earlier.code().line() + "; codes are unique across all files");
                }
            }
        }
    }

    private static void operands(List<IndicatorFile> accepted, Map<String, Set<DefinitionProblem>> found) {
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        accepted.forEach(file -> file.definitions()
                .forEach(located -> byCode.putIfAbsent(located.definition().code(), located.definition())));
        List<String> codes = List.copyOf(byCode.keySet());
        ratios(accepted).forEach((located, ratio) -> {
            for (String operand : List.of(ratio.numeratorIndicator(), ratio.denominatorIndicator())) {
                if (byCode.containsKey(operand)) {
                    breakdownsOf(located, operand, byCode.get(operand), found);
                } else {
                    String suggestion = PropertyNames.closest(operand, codes)
                            .map(code -> "; did you mean '" + code + "'?")
                            .orElse("");
                    add(
                            found,
                            located,
                            located.measure(),
                            "the ratio uses indicator '" + operand + "', which no accepted file defines" + suggestion);
                }
            }
        });
    }

    /**
     * A ratio is made of its operands' rows, group by group, so each breakdown it declares must be one both operands
     * declare: otherwise the ratio would promise groups that are never computed.
     */
    private static void breakdownsOf(
            LocatedDefinition ratio,
            String operandCode,
            IndicatorDefinition operand,
            Map<String, Set<DefinitionProblem>> found) {
        List<Breakdown> declared = ratio.definition().breakdowns();
        for (int i = 0; i < declared.size(); i++) {
            String key = declared.get(i).key();
            if (operand.breakdowns().stream().noneMatch(b -> b.key().equals(key))) {
                String offered = operand.breakdowns().isEmpty()
                        ? "none"
                        : String.join(
                                ", ",
                                operand.breakdowns().stream()
                                        .map(Breakdown::key)
                                        .toList());
                add(
                        found,
                        ratio,
                        ratio.breakdowns().get(i),
                        "the ratio is broken down by " + key + ", but its operand '" + operandCode
                                + "' is not (its breakdowns: " + offered
                                + "); a ratio is broken down only as both its operands are");
            }
        }
    }

    private static void cycles(List<IndicatorFile> accepted, Map<String, Set<DefinitionProblem>> found) {
        Map<LocatedDefinition, Measure.Ratio> ratios = ratios(accepted);
        Map<String, LocatedDefinition> byCode = new HashMap<>();
        ratios.keySet().forEach(located -> byCode.put(located.definition().code(), located));
        for (LocatedDefinition start : ratios.keySet()) {
            cycleThrough(start.definition().code(), byCode, new ArrayList<>()).ifPresent(cycle -> {
                String described = String.join(" → ", cycle);
                add(
                        found,
                        start,
                        start.measure(),
                        "ratios form a cycle: " + described + "; an indicator cannot be computed from itself");
            });
        }
    }

    /** The cycle back to {@code path}'s first code through ratio operands, as codes from it back to it. */
    private static Optional<List<String>> cycleThrough(
            String code, Map<String, LocatedDefinition> ratios, List<String> path) {
        if (!path.isEmpty() && path.get(0).equals(code)) {
            List<String> cycle = new ArrayList<>(path);
            cycle.add(code);
            return Optional.of(cycle);
        }
        if (path.contains(code) || !ratios.containsKey(code)) {
            return Optional.empty(); // a cycle not through the start is reported from its own members
        }
        path.add(code);
        Measure.Ratio ratio = (Measure.Ratio) ratios.get(code).definition().measure();
        for (String operand : List.of(ratio.numeratorIndicator(), ratio.denominatorIndicator())) {
            Optional<List<String>> cycle = cycleThrough(operand, ratios, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return Optional.empty();
    }

    private static Map<LocatedDefinition, Measure.Ratio> ratios(List<IndicatorFile> accepted) {
        Map<LocatedDefinition, Measure.Ratio> ratios = new LinkedHashMap<>();
        accepted.forEach(file -> file.definitions().forEach(located -> {
            if (located.definition().measure() instanceof Measure.Ratio ratio) {
                ratios.put(located, ratio);
            }
        }));
        return ratios;
    }

    private static void add(
            Map<String, Set<DefinitionProblem>> found,
            LocatedDefinition located,
            LocatedDefinition.Location at,
            String message) {
        found.get(located.definition().sourceName())
                .add(new DefinitionProblem(
                        located.definition().sourceName(),
                        at.line(),
                        at.column(),
                        at.path(),
                        message,
                        DefinitionProblem.Severity.ERROR));
    }
}
