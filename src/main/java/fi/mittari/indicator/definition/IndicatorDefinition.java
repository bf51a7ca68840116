package fi.mittari.indicator.definition;

import fi.mittari.questionnaire.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator as a funder reads it: its code (stable across files and years, e.g. {@code participants}), names,
 * plain-language definition and unit in fi/sv/en, how many decimals to show, the data basis, what is measured over
 * which population, the breakdowns it may be shown by, and per-project targets.
 *
 * @param sourceName the file it was read from, so a result can always be traced to its rule
 */
public record IndicatorDefinition(
        String code,
        LocalizedText name,
        LocalizedText definition,
        LocalizedText unit,
        int decimals,
        DataBasis basis,
        Measure measure,
        Population population,
        List<Breakdown> breakdowns,
        List<Target> targets,
        String sourceName) {

    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(population, "population");
        breakdowns = List.copyOf(breakdowns);
        targets = List.copyOf(targets);
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0–6, was " + decimals);
        }
    }

    /** The target set for {@code projectCode}, if any. */
    public Optional<Target> targetFor(String projectCode) {
        return targets.stream().filter(t -> t.project().equals(projectCode)).findFirst();
    }
}
