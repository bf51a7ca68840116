package fi.mittari.report.preparing;

import fi.mittari.context.CodeListEntry;
import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.ProportionEstimate;
import fi.mittari.indicator.statistics.SuppressedRow;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionReason;
import fi.mittari.report.content.Reach;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of the Reach sheet, participants' and respondents' alike: counts by code in the code list's order
 * (unknown last), with their shares, suppressed as one row with its total.
 */
final class ReachTables {

    private final ReportTexts texts;
    private final GroupLabels labels;
    private final Suppression suppression;

    ReachTables(ReportTexts texts, GroupLabels labels, Suppression suppression) {
        this.texts = texts;
        this.labels = labels;
        this.suppression = suppression;
    }

    /** One Reach table: groups in code-list order (unknown last), suppressed as one row with its total. */
    Reach.ReachTable table(
            Reach.Who who, Reach.Dimension dimension, String title, String list, Map<String, Long> counts) {
        return table(who, dimension, title, list, counts, Optional.empty());
    }

    /** As above; every cell hidden for {@code hidden}'s reason when the whole scope's participants are hidden. */
    Reach.ReachTable table(
            Reach.Who who,
            Reach.Dimension dimension,
            String title,
            String list,
            Map<String, Long> counts,
            Optional<SuppressionReason> hidden) {
        List<String> keys = new ArrayList<>();
        labels.entries(list).stream()
                .sorted(Comparator.comparingInt(CodeListEntry::position))
                .map(CodeListEntry::code)
                .filter(counts::containsKey)
                .forEach(keys::add);
        counts.keySet().stream()
                .filter(k -> !keys.contains(k) && !k.equals("?"))
                .forEach(keys::add);
        if (counts.containsKey("?")) {
            keys.add("?");
        }
        List<Long> values = keys.stream().map(counts::get).toList();
        long total = values.stream().mapToLong(Long::longValue).sum();
        SuppressedRow row = suppression.apply(values, total);
        List<Cell<Long>> cells = hidden.isPresent()
                ? values.stream().map(v -> Cell.<Long>suppressed(hidden.get())).toList()
                : row.counts();
        List<Cell<ProportionEstimate>> shares = hidden.isPresent()
                ? values.stream()
                        .map(v -> Cell.<ProportionEstimate>suppressed(hidden.get()))
                        .toList()
                : suppression.shares(values, total);
        List<Reach.ReachRow> reachRows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            Cell<Long> cell = cells.get(i);
            Cell<ProportionEstimate> share = shares.get(i);
            reachRows.add(new Reach.ReachRow(
                    key,
                    key.equals("?") ? texts.unknown() : labels.code(list, key).orElse(key),
                    cell.shownValue(),
                    share.shownValue().map(s -> BigDecimal.valueOf(s.numerator())
                            .divide(BigDecimal.valueOf(s.denominator()), 6, RoundingMode.HALF_UP)),
                    cell.isSuppressed() || share.isSuppressed()
                            ? texts.hidden()
                            : fi.mittari.report.content.Suppression.NONE));
        }
        return new Reach.ReachTable(
                who,
                dimension,
                title,
                reachRows,
                hidden.isPresent() ? Optional.empty() : row.total().shownValue());
    }
}
