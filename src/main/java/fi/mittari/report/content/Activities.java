package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Events and participants of the report's projects and period: in total and by month, region and event type. */
public record Activities(ActivityRow total, List<ActivityTable> tables) {

    public Activities {
        tables = List.copyOf(tables);
    }

    public enum Dimension {
        MONTH,
        REGION,
        EVENT_TYPE
    }

    /** One table: rows in a stable order (months ascending, code-list order otherwise). */
    public record ActivityTable(Dimension dimension, String title, List<ActivityRow> rows) {
        public ActivityTable {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Events held, events with attendance recorded and participants counted in a group, and per event the mean
     * (participants ÷ events with attendance recorded, exactly), median and largest attendance. Events without recorded
     * attendance count as events but not in the per-event figures. A figure hidden to protect a small group is empty,
     * and the row says so in {@code suppression}.
     */
    public record ActivityRow(
            String groupKey,
            String label,
            long events,
            long eventsWithAttendance,
            Optional<Long> participants,
            Optional<BigDecimal> meanPerEvent,
            Optional<BigDecimal> medianPerEvent,
            Optional<Long> maxPerEvent,
            Suppression suppression) {}
}
