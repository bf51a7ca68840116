package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Who was reached: participants (attendance) and survey respondents, by sector and by region, after suppression. */
public record Reach(List<ReachTable> tables) {

    public Reach {
        tables = List.copyOf(tables);
    }

    public enum Who {
        PARTICIPANTS,
        RESPONDENTS
    }

    public enum Dimension {
        SECTOR,
        REGION
    }

    /** A table of groups and their total, which is empty when it is itself a small count. */
    public record ReachTable(Who who, Dimension dimension, String title, List<ReachRow> rows, Optional<Long> total) {
        public ReachTable {
            rows = List.copyOf(rows);
        }
    }

    /** A group: count and share of the table's total, both empty when suppressed. */
    public record ReachRow(
            String key, String label, Optional<Long> count, Optional<BigDecimal> share, Suppression suppression) {}
}
