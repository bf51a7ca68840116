package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.MeasuredRecords;

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
            JOIN campaign_in_project cip ON cip.campaign_id = c.id
            LEFT JOIN project p ON p.id = cip.project_id"""),
    COACHED("FROM coached_participant cp\nJOIN project p ON p.id = cp.project_id");

    private final String from;

    IndicatorSource(String from) {
        this.from = from;
    }

    /** The tables of the records {@code measure} is computed over ({@link MeasuredRecords}, the one table of them). */
    static IndicatorSource of(Measure measure) {
        MeasuredRecords records = MeasuredRecords.of(measure)
                .orElseThrow(() -> new IllegalArgumentException("not computed by one query: " + measure));
        return switch (records) {
            case EVENTS -> EVENTS;
            case ATTENDANCE -> ATTENDANCE;
            case ORGANISATIONS -> ORGANISATIONS;
            case RESPONSES, PAIRED_ANSWERS -> RESPONSES;
            case COACHED -> COACHED;
        };
    }

    /** What these tables offer, by the table the definition reader checks definitions against. */
    MeasuredRecords records() {
        return switch (this) {
            case EVENTS -> MeasuredRecords.EVENTS;
            case ATTENDANCE -> MeasuredRecords.ATTENDANCE;
            case ORGANISATIONS -> MeasuredRecords.ORGANISATIONS;
            case RESPONSES -> MeasuredRecords.RESPONSES;
            case COACHED -> MeasuredRecords.COACHED;
        };
    }

    String from() {
        return from;
    }

    /**
     * The column a dimension is read from: the event's, except sector, which only participation rows have, and the
     * region of attendance, which is the participation row's where it has one. Asking for one the records do not offer
     * is a defect: the reader refuses such definitions.
     */
    String column(Dimension dimension) {
        if (!records().offers(dimension)) {
            throw new IllegalStateException(records().words() + " have no " + dimension.key()
                    + "; the definition reader refuses this, so a definition that asks it is a defect");
        }
        return switch (dimension) {
            case PROJECT -> "p.code";
            case EVENT -> "e.code";
            case EVENT_TYPE -> "e.event_type";
            case REGION -> switch (this) {
                case ATTENDANCE -> "COALESCE(att.region_code, e.region_code)";
                case ORGANISATIONS -> "COALESCE(pa.region_code, e.region_code)";
                case EVENTS, RESPONSES, COACHED -> "e.region_code";
            };
            case SECTOR -> this == ATTENDANCE ? "att.sector_code" : "pa.sector_code";
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
