package fi.mittari.report.preparing;

import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.Medians;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionReason;
import fi.mittari.report.content.Activities.ActivityRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one Activities table after suppression, by the rules the engine stores its figures with
 * (docs/indicators.md, "Small groups are never revealed"): the groups' participants form a row with the total;
 * the mean per event (participants ÷ events with attendance recorded, which would give a hidden count back) is
 * hidden with the group's participants, and so are the median and the largest event, which are hidden on their own
 * too when they are a small count. Events are not persons and are always shown.
 */
final class ActivityRows {

    /**
     * A group before suppression: its events, and the attendance of each of its units (an event, or the part of an
     * event's attendance in a region) with attendance recorded.
     */
    record Group(String key, String label, long events, List<Long> attendance) {
        Group {
            attendance = List.copyOf(attendance);
        }

        long participants() {
            return attendance.stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Suppression suppression;
    private final ReportTexts texts;
    private final Optional<SuppressionReason> allHidden;

    ActivityRows(Suppression suppression, ReportTexts texts) {
        this(suppression, texts, Optional.empty());
    }

    private ActivityRows(Suppression suppression, ReportTexts texts, Optional<SuppressionReason> allHidden) {
        this.suppression = suppression;
        this.texts = texts;
        this.allHidden = allHidden;
    }

    /**
     * These rules, with every participant figure hidden for {@code reason} when present: a region ecosystem whose
     * participants are hidden among all regions' (see ActivityFigures).
     */
    ActivityRows hidingAll(Optional<SuppressionReason> reason) {
        return new ActivityRows(suppression, texts, reason);
    }

    /** The total row: its participants on their own. */
    ActivityRow total(Group total) {
        return row(total, suppression.count(total.participants()));
    }

    /** A table's rows: their participants as a row with the total's. */
    List<ActivityRow> table(List<Group> groups, Group total) {
        List<Cell<Long>> participants =
                suppression.rowOf(groups.stream().map(Group::participants).toList(), total.participants());
        List<ActivityRow> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            rows.add(row(groups.get(i), participants.get(i)));
        }
        return rows;
    }

    private ActivityRow row(Group group, Cell<Long> counted) {
        Cell<Long> participants = allHidden.<Cell<Long>>map(Cell::suppressed).orElse(counted);
        List<Long> attendance = group.attendance();
        Optional<Cell<Double>> mean = Optional.empty();
        Optional<Cell<Double>> median = Optional.empty();
        Optional<Cell<Double>> max = Optional.empty();
        if (!attendance.isEmpty()) {
            mean = Optional.of(suppression.derivedFrom(participants, 0.0));
            median = Optional.of(suppression.personsPerUnit(participants, Medians.of(attendance)));
            max = Optional.of(suppression.personsPerUnit(
                    participants,
                    attendance.stream().mapToLong(Long::longValue).max().orElseThrow()));
        }
        boolean hidden = participants.isSuppressed()
                || median.filter(Cell::isSuppressed).isPresent()
                || max.filter(Cell::isSuppressed).isPresent();
        return new ActivityRow(
                group.key(),
                group.label(),
                group.events(),
                attendance.size(),
                participants.shownValue(),
                mean.flatMap(Cell::shownValue).map(shown -> BigDecimal.valueOf(group.participants())
                        .divide(BigDecimal.valueOf(attendance.size()), 6, RoundingMode.HALF_UP)),
                median.flatMap(Cell::shownValue).map(BigDecimal::valueOf),
                max.flatMap(Cell::shownValue).map(Double::longValue),
                hidden ? texts.hidden() : fi.mittari.report.content.Suppression.NONE);
    }
}
