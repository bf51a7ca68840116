package fi.mittari.report.archive;

import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.report.definition.ReportDefinition;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;

/** The report definitions a test sets, for tests that ask for it with the property test.reports=doubles. */
@Singleton
@Replaces(ReportCatalog.class)
@Requires(property = "test.reports", value = "doubles")
public class TestReportCatalog implements ReportCatalog {

    private volatile List<ReportDefinition> definitions;

    /** {@code test.reports.initial}: definitions there from the start, as {@code code:project,code:project}. */
    TestReportCatalog(@Value("${test.reports.initial:}") String initial) {
        set(java.util.Arrays.stream(initial.split(","))
                .filter(entry -> entry.contains(":"))
                .map(entry -> ReportFixture.definition(
                        entry.substring(0, entry.indexOf(':')),
                        List.of(entry.substring(entry.indexOf(':') + 1)),
                        List.of()))
                .toList());
    }

    public void set(List<ReportDefinition> definitions) {
        this.definitions = definitions.stream()
                .sorted(Comparator.comparing(ReportDefinition::code))
                .toList();
    }

    @Override
    public List<ReportDefinition> all() {
        return definitions;
    }
}
