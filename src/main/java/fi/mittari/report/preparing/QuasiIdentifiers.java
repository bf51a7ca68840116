package fi.mittari.report.preparing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * k-anonymity over the quasi-identifier columns of one campaign's Data rows (docs/privacy.md, "Anonymised data"):
 * every combination of the respondents' quasi-identifier answers must be shared by at least {@link #K} respondents.
 * While some combination is rarer, the rarest value shown in any column (ties: the first column, then value, in
 * order) is merged into {@link #MERGED}, the way a small group is hidden with the next smallest; a column left with
 * nothing but merged values is dropped. A missing answer is a value of its own. A campaign of fewer than K respondents is left out as a whole,
 * since the campaign column alone would single them out.
 */
final class QuasiIdentifiers {

    /** The smallest group a combination may describe: the smallest count of persons a figure may show. */
    static final int K = 5;

    /** What a merged value is shown as. */
    static final String MERGED = "*";

    private QuasiIdentifiers() {}

    /**
     * Which columns stay, which go, which values of the kept columns are shown as {@link #MERGED}, and whether the
     * campaign is left out altogether.
     */
    record Check(List<String> kept, List<String> dropped, Map<String, Set<String>> merged, boolean campaignLeftOut) {

        boolean shownMerged(String column, String value) {
            return merged.getOrDefault(column, Set.of()).contains(value);
        }
    }

    /** {@code answers}: per respondent, their value of each quasi-identifier column they answered. */
    static Check check(List<String> columns, Collection<Map<String, String>> answers) {
        if (answers.size() < K) {
            return new Check(List.of(), List.copyOf(columns), Map.of(), !answers.isEmpty());
        }
        List<String> kept = new ArrayList<>(columns);
        List<String> dropped = new ArrayList<>();
        Map<String, Set<String>> merged = new HashMap<>();
        while (!kept.isEmpty() && smallestGroup(kept, answers, merged) < K) {
            Optional<Rare> rarest = Optional.empty();
            for (String column : kept) {
                for (var count : shownCounts(column, answers, merged).entrySet()) {
                    Rare candidate = new Rare(column, count.getKey(), count.getValue());
                    if (rarest.isEmpty() || RARER.compare(candidate, rarest.get()) < 0) {
                        rarest = Optional.of(candidate);
                    }
                }
            }
            if (rarest.isEmpty()) {
                break; // every value of every column merged: the combination is one group
            }
            merged.computeIfAbsent(rarest.get().column(), c -> new HashSet<>())
                    .add(rarest.get().value());
        }
        // a column whose values are all merged says nothing: it goes
        for (String column : List.copyOf(kept)) {
            if (shownCounts(column, answers, merged).isEmpty()) {
                kept.remove(column);
                dropped.add(column);
                merged.remove(column);
            }
        }
        return new Check(List.copyOf(kept), List.copyOf(dropped), Map.copyOf(merged), false);
    }

    private record Rare(String column, String value, int respondents) {}

    private static final Comparator<Rare> RARER = Comparator.comparingInt(Rare::respondents)
            .thenComparing(Rare::column)
            .thenComparing(Rare::value);

    /** How many respondents show each value of the column, merged values left out. */
    private static Map<String, Integer> shownCounts(
            String column, Collection<Map<String, String>> answers, Map<String, Set<String>> merged) {
        Map<String, Integer> counts = counts(column, answers, merged);
        counts.remove(MERGED);
        return counts;
    }

    private static String value(Map<String, String> respondent, String column, Map<String, Set<String>> merged) {
        String value = respondent.getOrDefault(column, "");
        return merged.getOrDefault(column, Set.of()).contains(value) ? MERGED : value;
    }

    private static int smallestGroup(
            List<String> columns, Collection<Map<String, String>> answers, Map<String, Set<String>> merged) {
        Map<List<String>, Integer> groups = new HashMap<>();
        for (Map<String, String> respondent : answers) {
            groups.merge(columns.stream().map(c -> value(respondent, c, merged)).toList(), 1, Integer::sum);
        }
        return groups.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    }

    private static Map<String, Integer> counts(
            String column, Collection<Map<String, String>> answers, Map<String, Set<String>> merged) {
        Map<String, Integer> counts = new TreeMap<>();
        answers.forEach(a -> counts.merge(value(a, column, merged), 1, Integer::sum));
        return counts;
    }
}
