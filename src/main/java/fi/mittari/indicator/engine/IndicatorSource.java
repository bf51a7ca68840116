package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Measure.Quantity;

/** The records a measure is computed over: the tables it reads and where each dimension and date comes from. */
enum IndicatorSource {
    EVENTS("FROM event e\nJOIN project p ON p.id = e.project_id"),
    /**
     * Participation rows plus each event's complete sign-ins (one participant each, of no known sector), as
     * docs/indicators.md, "What is counted", defines attendance: a row's region is its own, else the event's; sign-ins
     * take the event's.
     */
    ATTENDANCE(
            """
            FROM (SELECT pa.event_id AS event_id, pa.sector_code AS sector_code, pa.region_code AS region_code,
                         pa.participants AS amount
                    FROM participation pa
                  UNION ALL
                  SELECT se.id, NULL, NULL, COUNT(*)
                    FROM response sr
                    JOIN campaign sc ON sc.id = sr.campaign_id
                    JOIN event se ON se.code = sc.event_code
                   WHERE sc.purpose = 'SIGN_IN'
                   GROUP BY se.id) att
            JOIN event e ON e.id = att.event_id
            JOIN project p ON p.id = e.project_id"""),
    ORGANISATIONS("FROM participation pa\nJOIN event e ON e.id = pa.event_id\nJOIN project p ON p.id = e.project_id"),
    /** Complete responses (partial ones live in partial_response), in the project of their campaign or its event. */
    RESPONSES(
            """
            FROM response r
            JOIN campaign c ON c.id = r.campaign_id
            LEFT JOIN event e ON e.code = c.event_code
            LEFT JOIN project p ON p.id = COALESCE(c.project_id, e.project_id)"""),
    COACHED("FROM coached_participant cp\nJOIN project p ON p.id = cp.project_id");

    private final String from;

    IndicatorSource(String from) {
        this.from = from;
    }

    static IndicatorSource of(Measure measure) {
        if (measure instanceof Measure.Count count) {
            return switch (count.unit()) {
                case EVENTS -> EVENTS;
                case RESPONSES -> RESPONSES;
                case COACHED_PARTICIPANTS -> COACHED;
            };
        }
        if (measure instanceof Measure.DistinctCount distinct) {
            return distinct.unit() == Measure.DistinctUnit.ORGANISATIONS ? ORGANISATIONS : RESPONSES;
        }
        Quantity quantity;
        if (measure instanceof Measure.Sum sum) {
            quantity = sum.quantity();
        } else if (measure instanceof Measure.Summary summary) {
            quantity = summary.quantity();
        } else if (measure instanceof Measure.Proportion proportion) {
            quantity = proportion.quantity();
        } else {
            throw new IllegalArgumentException("not computed by one query: " + measure);
        }
        return quantity instanceof Quantity.Attendance ? ATTENDANCE : RESPONSES;
    }

    String from() {
        return from;
    }

    String describe() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * The column a dimension is read from: the event's, except sector, which only participation rows have, and the
     * region of attendance, which is the participation row's where it has one.
     */
    String column(Dimension dimension) {
        if (dimension == Dimension.PROJECT) {
            return "p.code";
        }
        if (this == COACHED) {
            throw new NotApplicable("coached participants have no " + dimension.key());
        }
        return switch (dimension) {
            case EVENT -> "e.code";
            case EVENT_TYPE -> "e.event_type";
            case REGION -> this == ATTENDANCE ? "COALESCE(att.region_code, e.region_code)" : "e.region_code";
            default -> switch (this) {
                case ATTENDANCE -> "att.sector_code";
                case ORGANISATIONS -> "pa.sector_code";
                default -> throw new NotApplicable(
                        describe() + " have no sector of their own (a response's event has none)");
            };
        };
    }

    /** The date a period breakdown groups by. */
    String date() {
        return switch (this) {
            case RESPONSES -> "r.submitted_on";
            case COACHED -> "cp.started_on";
            default -> "e.starts_on";
        };
    }
}
