package fi.mittari.indicator.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Change between two waves of the same persons (baseline and follow-up), keyed by pseudonymous person id. Only persons
 * answering both waves are paired; those who answered the baseline but not the follow-up are counted as lost, those
 * new at follow-up as not paired, so a funder sees how much of the group the figure rests on.
 *
 * <p>The change is follow-up − baseline per person; its 95 % interval is the paired t interval, which is the t interval
 * of those per-person differences. Means of both waves are over the paired persons only, so they subtract to the mean
 * change.
 *
 * @param baseline the paired persons' baseline values; empty when nobody is paired
 * @param followUp the paired persons' follow-up values; empty when nobody is paired
 * @param change the per-person differences, with the paired t interval; empty when nobody is paired
 */
public record PairedChange(
        int pairs,
        int personsLost,
        int newAtFollowUp,
        Optional<MeanEstimate> baseline,
        Optional<MeanEstimate> followUp,
        Optional<MeanEstimate> change,
        int improved,
        int same,
        int worse) {

    /** Which way of change counts as improvement: more (wellbeing, hours worked) or less (sick days). */
    public enum Better {
        HIGHER,
        LOWER
    }

    /** Change of a measure where higher is better. */
    public static PairedChange of(Map<String, ? extends Number> baseline, Map<String, ? extends Number> followUp) {
        return of(baseline, followUp, Better.HIGHER);
    }

    public static PairedChange of(
            Map<String, ? extends Number> baseline, Map<String, ? extends Number> followUp, Better better) {
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        List<Double> differences = new ArrayList<>();
        int lost = 0;
        int improved = 0;
        int same = 0;
        int worse = 0;
        for (var entry : baseline.entrySet()) {
            if (entry.getValue() == null) {
                continue; // no baseline answer: the person is not in the baseline wave
            }
            Number later = followUp.get(entry.getKey());
            if (later == null) {
                lost++;
                continue;
            }
            double first = entry.getValue().doubleValue();
            double second = later.doubleValue();
            before.add(first);
            after.add(second);
            differences.add(second - first);
            int direction = (int) Math.signum(second - first) * (better == Better.HIGHER ? 1 : -1);
            if (direction > 0) {
                improved++;
            } else if (direction == 0) {
                same++;
            } else {
                worse++;
            }
        }
        int pairs = differences.size();
        return new PairedChange(
                pairs,
                lost,
                (int) followUp.values().stream().filter(Objects::nonNull).count() - pairs,
                MeanEstimate.of(before),
                MeanEstimate.of(after),
                MeanEstimate.of(differences),
                improved,
                same,
                worse);
    }
}
