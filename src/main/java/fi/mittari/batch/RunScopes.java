package fi.mittari.batch;

import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.IndicatorScope.Coverage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scopes of one aggregateIndicators run, written into its execution context as text: resolved once when the run
 * starts, so that a restart computes and publishes the same scopes in the same order even if projects or ecosystems
 * were added in between. One scope a line: kind, code, first day, last day, and an ecosystem's projects or region.
 */
final class RunScopes {

    /** The step context's key, promoted to the job's context for publishIndicators. */
    static final String KEY = "mittari.scopes";

    private RunScopes() {}

    static String write(List<IndicatorScope> scopes) {
        return scopes.stream().map(RunScopes::line).collect(Collectors.joining("\n"));
    }

    static List<IndicatorScope> read(String text) {
        return text.isEmpty() ? List.of() : text.lines().map(RunScopes::scope).toList();
    }

    private static String line(IndicatorScope scope) {
        Coverage coverage = scope.coverage();
        String from = scope.from().toString();
        String to = scope.to().toString();
        if (coverage instanceof Coverage.Region region) {
            return String.join("\t", "R", region.code(), from, to, region.regionCode());
        }
        if (coverage instanceof Coverage.Ecosystem ecosystem) {
            return String.join("\t", "E", ecosystem.code(), from, to, String.join(",", ecosystem.projects()));
        }
        return String.join(
                "\t", scope.project().isPresent() ? "P" : "A", scope.project().orElse(""), from, to, "");
    }

    private static IndicatorScope scope(String line) {
        String[] fields = line.split("\t", -1);
        LocalDate from = LocalDate.parse(fields[2]);
        LocalDate to = LocalDate.parse(fields[3]);
        return switch (fields[0]) {
            case "E" -> new IndicatorScope(
                    new Coverage.Ecosystem(
                            fields[1], fields[4].isEmpty() ? List.of() : Arrays.asList(fields[4].split(","))),
                    from,
                    to);
            case "R" -> new IndicatorScope(new Coverage.Region(fields[1], fields[4]), from, to);
            case "P" -> new IndicatorScope(Optional.of(fields[1]), from, to);
            default -> new IndicatorScope(Optional.empty(), from, to);
        };
    }
}
