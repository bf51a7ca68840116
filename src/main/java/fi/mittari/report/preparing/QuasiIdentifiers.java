package fi.mittari.report.preparing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * k-anonymity over the quasi-identifier columns of one campaign's Data rows (docs/privacy.md, "Anonymised data"):
 * every combination of the respondents' quasi-identifier answers must be shared by at least {@link #K} respondents.
 * While some combination is rarer, the column with the most distinct values is dropped (ties: the later key), so the
 * columns that single people out go first; a missing answer is a value of its own. A campaign of fewer than K
 * respondents is left out as a whole, since the campaign column alone would single them out.
 */
final class QuasiIdentifiers {

    /** The smallest group a combination may describe: the smallest count of persons a figure may show. */
    static final int K = 5;

    private QuasiIdentifiers() {}

    /** Which columns stay, which go, and whether the campaign is left out altogether. */
    record Check(List<String> kept, List<String> dropped, boolean campaignLeftOut) {}

    /** {@code answers}: per respondent, their value of each quasi-identifier column they answered. */
    static Check check(List<String> columns, Collection<Map<String, String>> answers) {
        if (answers.size() < K) {
            return new Check(List.of(), List.copyOf(columns), !answers.isEmpty());
        }
        List<String> kept = new ArrayList<>(columns);
        List<String> dropped = new ArrayList<>();
        while (!kept.isEmpty() && smallestGroup(kept, answers) < K) {
            String widest = kept.stream()
                    .max(Comparator.<String>comparingLong(c -> distinct(c, answers))
                            .thenComparing(c -> c))
                    .orElseThrow();
            kept.remove(widest);
            dropped.add(widest);
        }
        return new Check(List.copyOf(kept), List.copyOf(dropped), false);
    }

    private static int smallestGroup(List<String> columns, Collection<Map<String, String>> answers) {
        Map<List<String>, Integer> groups = new HashMap<>();
        for (Map<String, String> respondent : answers) {
            List<String> combination =
                    columns.stream().map(c -> respondent.getOrDefault(c, "")).toList();
            groups.merge(combination, 1, Integer::sum);
        }
        return groups.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    }

    private static long distinct(String column, Collection<Map<String, String>> answers) {
        return answers.stream().map(a -> a.getOrDefault(column, "")).distinct().count();
    }
}
