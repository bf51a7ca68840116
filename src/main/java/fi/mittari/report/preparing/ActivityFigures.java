package fi.mittari.report.preparing;

import fi.mittari.context.CodeListEntry;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.RecordedAttendance;
import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionReason;
import fi.mittari.report.content.Activities;
import fi.mittari.report.content.Activities.ActivityTable;
import fi.mittari.report.content.Reach;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Activities sheet and the participants half of Reach: events of the projects in their periods (by start date)
 * with their attendance as the indicator engine counts it ({@link RecordedAttendance}), suppressed by the rules the
 * engine stores its figures with, so no sheet shows a count the stored figures hide.
 */
final class ActivityFigures {

    private static final String UNKNOWN = "?";

    /** How a table groups: an event by its own key, and its attendance by the key of each part. */
    private interface Grouping {
        String key(RecordedAttendance.Event event);

        Map<String, Long> attendance(RecordedAttendance.Event event);
    }

    private final RecordedAttendance attendance;
    private final ReportTexts texts;
    private final GroupLabels labels;
    private final Suppression suppression;
    private final ActivityRows rows;
    private final ReachTables reach;

    ActivityFigures(RecordedAttendance attendance, ReportTexts texts, GroupLabels labels, Suppression suppression) {
        this.attendance = attendance;
        this.texts = texts;
        this.labels = labels;
        this.suppression = suppression;
        this.rows = new ActivityRows(suppression, texts);
        this.reach = new ReachTables(texts, labels, suppression);
    }

    List<RecordedAttendance.Event> events(List<ProjectScope> scopes) {
        List<RecordedAttendance.Event> events = new ArrayList<>();
        for (ProjectScope scope : scopes) {
            events.addAll(attendance.events(scope.scope()));
        }
        return events;
    }

    /**
     * Why every participant figure of a region ecosystem is hidden, if it is: its participants are the region's cell
     * of participants by region over all projects in the same period, and are hidden where that row hides the cell,
     * as the engine hides the ecosystem's stored figures (docs/indicators.md, "Region ecosystems").
     */
    private Optional<SuppressionReason> hiddenAmongRegions(List<ProjectScope> scopes) {
        for (ProjectScope scope : scopes) {
            Optional<String> region = scope.scope().coverage().region();
            if (region.isEmpty()) {
                continue;
            }
            Map<String, Long> byRegion = new TreeMap<>();
            attendance
                    .events(new IndicatorScope(new IndicatorScope.Coverage.AllProjects(), scope.from(), scope.to()))
                    .forEach(event -> event.parts()
                            .forEach(part -> byRegion.merge(keyOf(part.region()), part.participants(), Long::sum)));
            List<String> keys = List.copyOf(byRegion.keySet());
            List<Cell<Long>> cells = suppression.rowOf(
                    keys.stream().map(byRegion::get).toList(),
                    byRegion.values().stream().mapToLong(Long::longValue).sum());
            int at = keys.indexOf(region.get());
            Optional<SuppressionReason> hidden =
                    at < 0 ? Optional.empty() : cells.get(at).suppressionReason();
            if (hidden.isPresent()) {
                return hidden;
            }
        }
        return Optional.empty();
    }

    Activities activities(List<ProjectScope> scopes) {
        List<RecordedAttendance.Event> events = events(scopes);
        ActivityRows rows = this.rows.hidingAll(hiddenAmongRegions(scopes));
        ActivityRows.Group total = group("", texts.pick("Yhteensä", "Totalt", "Total"), events, byEvent(e -> ""), "");
        List<ActivityTable> tables = List.of(
                table(
                        Activities.Dimension.MONTH,
                        texts.pick("Kuukausittain", "Per månad", "By month"),
                        events,
                        byEvent(e -> e.startsOn().toString().substring(0, 7)),
                        Optional.empty(),
                        texts::month,
                        total,
                        rows),
                table(
                        Activities.Dimension.REGION,
                        texts.pick("Maakunnittain", "Per landskap", "By region"),
                        events,
                        byRegion(),
                        Optional.of("region"),
                        key -> labels.code("region", key).orElse(key),
                        total,
                        rows),
                table(
                        Activities.Dimension.EVENT_TYPE,
                        texts.pick("Tilaisuuden tyypin mukaan", "Per typ av evenemang", "By event type"),
                        events,
                        byEvent(e -> e.eventType().orElse(UNKNOWN)),
                        Optional.of("event_type"),
                        key -> labels.code("event_type", key).orElse(key),
                        total,
                        rows));
        return new Activities(rows.total(total), tables);
    }

    /** Months ascending; codes in their list's order, codes not in the list and missing ones as unknown, last. */
    private ActivityTable table(
            Activities.Dimension dimension,
            String title,
            List<RecordedAttendance.Event> events,
            Grouping grouping,
            Optional<String> codeList,
            Function<String, String> label,
            ActivityRows.Group total,
            ActivityRows rows) {
        Optional<Set<String>> codes = codeList.map(list ->
                labels.entries(list).stream().map(CodeListEntry::code).collect(java.util.stream.Collectors.toSet()));
        Function<String, String> known =
                key -> codes.map(listed -> listed.contains(key) ? key : UNKNOWN).orElse(key);
        Grouping grouped = new Grouping() {
            @Override
            public String key(RecordedAttendance.Event event) {
                return known.apply(grouping.key(event));
            }

            @Override
            public Map<String, Long> attendance(RecordedAttendance.Event event) {
                Map<String, Long> parts = new TreeMap<>();
                grouping.attendance(event).forEach((key, n) -> parts.merge(known.apply(key), n, Long::sum));
                return parts;
            }
        };
        Set<String> keys = new TreeSet<>(Comparator.comparing((String key) -> key.equals(UNKNOWN))
                .thenComparing(codeList.map(this::position).orElse(key -> 0))
                .thenComparing(Comparator.naturalOrder()));
        events.forEach(event -> {
            keys.add(grouped.key(event));
            keys.addAll(grouped.attendance(event).keySet());
        });
        List<ActivityRows.Group> groups = keys.stream()
                .map(key -> group(key, key.equals(UNKNOWN) ? texts.unknown() : label.apply(key), events, grouped, key))
                .toList();
        return new ActivityTable(dimension, title, rows.table(groups, total));
    }

    private static ActivityRows.Group group(
            String key, String label, List<RecordedAttendance.Event> events, Grouping grouping, String groupKey) {
        long held = events.stream()
                .filter(e -> e.held() && grouping.key(e).equals(groupKey))
                .count();
        List<Long> attendance = events.stream()
                .map(e -> grouping.attendance(e).get(groupKey))
                .filter(java.util.Objects::nonNull)
                .toList();
        return new ActivityRows.Group(key, label, held, attendance);
    }

    /** Month and event type are the event's: all its attendance goes with it. */
    private static Grouping byEvent(Function<RecordedAttendance.Event, String> key) {
        return new Grouping() {
            @Override
            public String key(RecordedAttendance.Event event) {
                return key.apply(event);
            }

            @Override
            public Map<String, Long> attendance(RecordedAttendance.Event event) {
                return event.attendanceRecorded() ? Map.of(key.apply(event), event.participants()) : Map.of();
            }
        };
    }

    /** An event is held in its own region; its attendance is counted where each part of it came from. */
    private static Grouping byRegion() {
        return new Grouping() {
            @Override
            public String key(RecordedAttendance.Event event) {
                return event.region().orElse(UNKNOWN);
            }

            @Override
            public Map<String, Long> attendance(RecordedAttendance.Event event) {
                Map<String, Long> parts = new TreeMap<>();
                event.parts()
                        .forEach(part -> parts.merge(part.region().orElse(UNKNOWN), part.participants(), Long::sum));
                return parts;
            }
        };
    }

    private Function<String, Integer> position(String list) {
        Map<String, Integer> positions = new java.util.HashMap<>();
        labels.entries(list).forEach(e -> positions.put(e.code(), e.position()));
        return key -> positions.getOrDefault(key, Integer.MAX_VALUE);
    }

    /** Participants by sector and by region, after suppression of small groups and their complements. */
    List<Reach.ReachTable> participants(List<ProjectScope> scopes) {
        Optional<SuppressionReason> hidden = hiddenAmongRegions(scopes);
        Map<String, Long> bySector = new TreeMap<>();
        Map<String, Long> byRegion = new TreeMap<>();
        for (RecordedAttendance.Event event : events(scopes)) {
            for (RecordedAttendance.Part part : event.parts()) {
                bySector.merge(keyOf(part.sector()), part.participants(), Long::sum);
                byRegion.merge(keyOf(part.region()), part.participants(), Long::sum);
            }
        }
        return List.of(
                reach.table(
                        Reach.Who.PARTICIPANTS,
                        Reach.Dimension.SECTOR,
                        texts.pick("Osallistujat sektoreittain", "Deltagare per sektor", "Participants by sector"),
                        "sector",
                        bySector,
                        hidden),
                reach.table(
                        Reach.Who.PARTICIPANTS,
                        Reach.Dimension.REGION,
                        texts.pick("Osallistujat maakunnittain", "Deltagare per landskap", "Participants by region"),
                        "region",
                        byRegion,
                        hidden));
    }

    private static String keyOf(Optional<String> code) {
        return code.filter(c -> !c.isBlank()).orElse(UNKNOWN);
    }
}
