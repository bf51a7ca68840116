package fi.mittari.report.definition;

import fi.mittari.yaml.PropertyNames;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code period:}: {@code project}, {@code previous_year}, {@code year_to_date}, or fixed ISO dates
 * {@code {from: 2019-01-01, to: 2019-12-31}} (both days included, to not before from).
 */
final class ReportPeriodReader {

    private static final Map<String, ReportPeriod> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("project", new ReportPeriod.ProjectPeriod());
        NAMED.put("previous_year", new ReportPeriod.PreviousYear());
        NAMED.put("year_to_date", new ReportPeriod.YearToDate());
    }

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final String FORMS = "project, previous_year, year_to_date or {from: 2019-01-01, to: 2019-12-31}";

    private final YamlProblems problems;

    ReportPeriodReader(YamlProblems problems) {
        this.problems = problems;
    }

    Optional<ReportPeriod> read(Node node, YamlMapping entry) {
        String path = entry.child("period");
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            ReportPeriod named = NAMED.get(scalar.getValue());
            if (named == null) {
                String suggestion = PropertyNames.closest(scalar.getValue(), List.copyOf(NAMED.keySet()))
                        .map(known -> "; did you mean '" + known + "'?")
                        .orElse("");
                problems.error(node, path, "unknown period '" + scalar.getValue() + "'; write " + FORMS + suggestion);
            }
            return Optional.ofNullable(named);
        }
        if (!(node instanceof MappingNode)) {
            problems.error(node, path, "expected " + FORMS + ", found " + YamlMapping.kind(node));
            return Optional.empty();
        }
        return YamlMapping.of(node, path, FORMS, problems).flatMap(dates -> {
            dates.rejectUnknown(List.of("from", "to"), Set.of(), "a period");
            Optional<LocalDate> from = date(dates, "from");
            Optional<LocalDate> to = date(dates, "to");
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            if (to.get().isBefore(from.get())) {
                problems.error(
                        dates.value("to", true).orElseThrow(),
                        dates.child("to"),
                        "the period ends (" + to.get() + ") before it starts (" + from.get() + ")");
                return Optional.empty();
            }
            return Optional.of(new ReportPeriod.Fixed(from.get(), to.get()));
        });
    }

    private Optional<LocalDate> date(YamlMapping dates, String key) {
        return dates.scalar(key, true).flatMap(node -> {
            String value = node.getValue();
            if (ISO_DATE.matcher(value).matches()) {
                try {
                    return Optional.of(LocalDate.parse(value));
                } catch (DateTimeException e) {
                    problems.error(node, dates.child(key), "'" + value + "' is not a day of the calendar");
                    return Optional.empty();
                }
            }
            problems.error(node, dates.child(key), "expected a date like 2019-12-31, found '" + value + "'");
            return Optional.empty();
        });
    }
}
