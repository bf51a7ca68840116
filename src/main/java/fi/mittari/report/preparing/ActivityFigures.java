package fi.mittari.report.preparing;

import fi.mittari.context.CodeListEntry;
import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.ProportionEstimate;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.report.content.Activities;
import fi.mittari.report.content.Activities.ActivityRow;
import fi.mittari.report.content.Activities.ActivityTable;
import fi.mittari.report.content.Reach;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The Activities sheet and the participants half of Reach: events of the projects in their periods (by start date)
 * with their attendance, counted as the indicator engine counts it (participation rows plus an event's complete
 * sign-ins, one participant each, of no known sector).
 */
final class ActivityFigures {

    private static final String EVENTS =
            """
            SELECT e.id, e.starts_on, e.region_code, e.event_type,
                   (SELECT SUM(pa.participants) FROM participation pa WHERE pa.event_id = e.id) AS counted,
                   (SELECT COUNT(*) FROM response sr JOIN campaign sc ON sc.id = sr.campaign_id
                     WHERE sc.event_code = e.code AND sc.purpose = 'SIGN_IN') AS signed
              FROM event e
              JOIN project p ON p.id = e.project_id
             WHERE p.code = :project AND e.starts_on >= :from AND e.starts_on <= :to
             ORDER BY e.starts_on, e.code
            """;

    /** Attendance by the participants' sector and region (the event's region where a row has none). */
    private static final String PARTICIPANTS =
            """
            SELECT pa.sector_code AS sector, COALESCE(pa.region_code, e.region_code) AS region,
                   SUM(pa.participants) AS n
              FROM participation pa
              JOIN event e ON e.id = pa.event_id
              JOIN project p ON p.id = e.project_id
             WHERE p.code = :project AND e.starts_on >= :from AND e.starts_on <= :to
             GROUP BY pa.sector_code, COALESCE(pa.region_code, e.region_code)
            """;

    private static final String SIGN_INS =
            """
            SELECT e.region_code AS region, COUNT(*) AS n
              FROM response sr
              JOIN campaign sc ON sc.id = sr.campaign_id
              JOIN event e ON e.code = sc.event_code
              JOIN project p ON p.id = e.project_id
             WHERE sc.purpose = 'SIGN_IN' AND p.code = :project AND e.starts_on >= :from AND e.starts_on <= :to
             GROUP BY e.region_code
            """;

    record HeldEvent(String month, String region, String eventType, Optional<Long> attendance) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportTexts texts;
    private final GroupLabels labels;
    private final Suppression suppression;

    ActivityFigures(NamedParameterJdbcTemplate jdbc, ReportTexts texts, GroupLabels labels, Suppression suppression) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.labels = labels;
        this.suppression = suppression;
    }

    List<HeldEvent> events(List<ProjectScope> scopes) {
        List<HeldEvent> events = new ArrayList<>();
        for (ProjectScope scope : scopes) {
            events.addAll(jdbc.query(EVENTS, params(scope), (row, i) -> {
                long counted = row.getLong("counted");
                boolean noRows = row.wasNull();
                long signed = row.getLong("signed");
                Optional<Long> attendance = noRows && signed == 0 ? Optional.empty() : Optional.of(counted + signed);
                return new HeldEvent(
                        row.getDate("starts_on").toLocalDate().toString().substring(0, 7),
                        Optional.ofNullable(row.getString("region_code")).orElse(""),
                        row.getString("event_type"),
                        attendance);
            }));
        }
        return events;
    }

    Activities activities(List<ProjectScope> scopes) {
        List<HeldEvent> events = events(scopes);
        List<ActivityTable> tables = List.of(
                table(
                        Activities.Dimension.MONTH,
                        texts.pick("Kuukausittain", "Per månad", "By month"),
                        events,
                        HeldEvent::month,
                        new TreeMap<>(),
                        texts::month),
                table(
                        Activities.Dimension.REGION,
                        texts.pick("Maakunnittain", "Per landskap", "By region"),
                        events,
                        HeldEvent::region,
                        order("region"),
                        key -> labels.code("region", key).orElse(key)),
                table(
                        Activities.Dimension.EVENT_TYPE,
                        texts.pick("Tilaisuuden tyypin mukaan", "Per typ av evenemang", "By event type"),
                        events,
                        HeldEvent::eventType,
                        order("event_type"),
                        key -> labels.code("event_type", key).orElse(key)));
        return new Activities(row("", texts.pick("Yhteensä", "Totalt", "Total"), events), tables);
    }

    private ActivityTable table(
            Activities.Dimension dimension,
            String title,
            List<HeldEvent> events,
            Function<HeldEvent, String> key,
            Map<String, List<HeldEvent>> ordered,
            Function<String, String> label) {
        List<HeldEvent> unknown = new ArrayList<>();
        for (HeldEvent event : events) {
            String k = key.apply(event);
            if (k.isEmpty() || !ordered.containsKey(k) && !(ordered instanceof TreeMap)) {
                unknown.add(event);
            } else {
                ordered.computeIfAbsent(k, x -> new ArrayList<>()).add(event);
            }
        }
        List<ActivityRow> rows = new ArrayList<>();
        ordered.forEach((k, held) -> {
            if (!held.isEmpty()) {
                rows.add(row(k, label.apply(k), held));
            }
        });
        if (!unknown.isEmpty()) {
            rows.add(row("?", texts.unknown(), unknown));
        }
        return new ActivityTable(dimension, title, rows);
    }

    /** The code list's entries in their position order, each with an empty list to fill. */
    private Map<String, List<HeldEvent>> order(String list) {
        Map<String, List<HeldEvent>> ordered = new LinkedHashMap<>();
        labels.entries(list).stream()
                .sorted(Comparator.comparingInt(CodeListEntry::position))
                .forEach(e -> ordered.put(e.code(), new ArrayList<>()));
        return ordered;
    }

    /** Mean and median over the events with recorded attendance; the median of an even count is the middle pair's mean. */
    static ActivityRow row(String key, String label, List<HeldEvent> events) {
        List<Long> attendance = events.stream()
                .map(HeldEvent::attendance)
                .flatMap(Optional::stream)
                .sorted()
                .toList();
        long participants = attendance.stream().mapToLong(Long::longValue).sum();
        Optional<BigDecimal> mean = attendance.isEmpty()
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(participants)
                        .divide(BigDecimal.valueOf(attendance.size()), 6, RoundingMode.HALF_UP));
        Optional<BigDecimal> median = Optional.empty();
        if (!attendance.isEmpty()) {
            int middle = attendance.size() / 2;
            median = Optional.of(
                    attendance.size() % 2 == 1
                            ? BigDecimal.valueOf(attendance.get(middle))
                            : BigDecimal.valueOf(attendance.get(middle - 1) + attendance.get(middle))
                                    .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY));
        }
        Optional<Long> max =
                attendance.isEmpty() ? Optional.empty() : Optional.of(attendance.get(attendance.size() - 1));
        return new ActivityRow(key, label, events.size(), participants, mean, median, max);
    }

    /** Participants by sector and by region, after suppression of small groups and their complements. */
    List<Reach.ReachTable> participants(List<ProjectScope> scopes) {
        Map<String, Long> bySector = new TreeMap<>();
        Map<String, Long> byRegion = new TreeMap<>();
        for (ProjectScope scope : scopes) {
            jdbc.query(PARTICIPANTS, params(scope), row -> {
                long n = row.getLong("n");
                bySector.merge(keyOf(row.getString("sector")), n, Long::sum);
                byRegion.merge(keyOf(row.getString("region")), n, Long::sum);
            });
            jdbc.query(SIGN_INS, params(scope), row -> {
                long n = row.getLong("n");
                bySector.merge("?", n, Long::sum);
                byRegion.merge(keyOf(row.getString("region")), n, Long::sum);
            });
        }
        return List.of(
                reachTable(
                        Reach.Who.PARTICIPANTS,
                        Reach.Dimension.SECTOR,
                        texts.pick("Osallistujat sektoreittain", "Deltagare per sektor", "Participants by sector"),
                        "sector",
                        bySector),
                reachTable(
                        Reach.Who.PARTICIPANTS,
                        Reach.Dimension.REGION,
                        texts.pick("Osallistujat maakunnittain", "Deltagare per landskap", "Participants by region"),
                        "region",
                        byRegion));
    }

    /** One Reach table: groups in code-list order (unknown last), suppressed as one row with its total. */
    Reach.ReachTable reachTable(
            Reach.Who who, Reach.Dimension dimension, String title, String list, Map<String, Long> counts) {
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
        List<Cell<Long>> cells = suppression.apply(values, total).counts();
        List<Cell<ProportionEstimate>> shares = suppression.shares(values, total);
        List<Reach.ReachRow> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            Cell<Long> cell = cells.get(i);
            Cell<ProportionEstimate> share = shares.get(i);
            rows.add(new Reach.ReachRow(
                    key,
                    key.equals("?") ? texts.unknown() : labels.code(list, key).orElse(key),
                    cell.shownValue(),
                    share.shownValue().map(s -> BigDecimal.valueOf(s.numerator())
                            .divide(BigDecimal.valueOf(s.denominator()), 6, RoundingMode.HALF_UP)),
                    cell.suppressionReason()
                            .or(share::suppressionReason)
                            .map(texts::suppressed)
                            .orElse(fi.mittari.report.content.Suppression.NONE)));
        }
        return new Reach.ReachTable(who, dimension, title, rows, total);
    }

    private static String keyOf(String code) {
        return code == null || code.isBlank() ? "?" : code;
    }

    private static MapSqlParameterSource params(ProjectScope scope) {
        return new MapSqlParameterSource()
                .addValue("project", scope.code())
                .addValue("from", Date.valueOf(scope.from()))
                .addValue("to", Date.valueOf(scope.to()));
    }
}
