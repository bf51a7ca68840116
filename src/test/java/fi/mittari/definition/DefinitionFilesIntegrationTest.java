package fi.mittari.definition;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.questionnaire.Language;
import fi.mittari.report.definition.ReportCatalog;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of batch/ and the browser's versions meeting as docs/adr/0015 says, across restarts of the service on one
 * database (the embedded one is shared by the JVM; MariaDB by its name).
 */
class DefinitionFilesIntegrationTest {

    @TempDir
    Path batchDir;

    private Path indicatorFile;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(batchDir.resolve("indicators"));
        Files.createDirectories(batchDir.resolve("reports"));
        indicatorFile = batchDir.resolve("indicators").resolve("events.yaml");
        Files.writeString(indicatorFile, DefinitionFixture.indicatorFile("Tilaisuudet"));
        Files.writeString(
                batchDir.resolve("reports").resolve("events.yaml"),
                DefinitionFixture.report("events-report", "region"));
    }

    @Test
    void eachEntryOfAFileBecomesTheFirstVersionOfItsCode() {
        try (ApplicationContext service = start(true)) {
            DefinitionVersions versions = service.getBean(DefinitionVersions.class);

            assertThat(versions.newest(DefinitionKind.INDICATOR))
                    .extracting(DefinitionVersion::code, DefinitionVersion::versionNumber, DefinitionVersion::source)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("events", 1, DefinitionSource.FILE),
                            org.assertj.core.groups.Tuple.tuple("participants", 1, DefinitionSource.FILE));
            DefinitionVersion participants =
                    versions.newest(DefinitionKind.INDICATOR, "participants").orElseThrow();
            assertThat(participants.yaml())
                    .startsWith("indicators:\n  # Everyone at every event.\n  - code: participants\n")
                    .doesNotContain("events");
            assertThat(participants.fileName()).contains(indicatorFile.toString());
            assertThat(participants.publishedBy()).isEmpty();
            assertThat(service.getBean(IndicatorCatalog.class).all())
                    .extracting(IndicatorDefinition::code)
                    .containsExactly("events", "participants");
            assertThat(service.getBean(ReportCatalog.class).byCode("events-report"))
                    .hasValueSatisfying(r -> assertThat(r.schedule()).contains("0 0 6 1 * *"));
        }
    }

    @Test
    void aBrowserVersionShadowsAnUnchangedFileUntilTheFileChanges() throws Exception {
        try (ApplicationContext service = start(true)) {
            EditingDefinitions editing = service.getBean(EditingDefinitions.class);
            editing.save(DefinitionKind.INDICATOR, "events", DefinitionFixture.events("Tapahtumat", 0), "anna");
            assertThat(editing.publish(DefinitionKind.INDICATOR, "events", "anna"))
                    .isInstanceOf(PublishOutcome.Published.class);
            assertThat(eventsName(service)).isEqualTo("Tapahtumat");
        }

        try (ApplicationContext restarted = start(false)) {
            DefinitionVersions versions = restarted.getBean(DefinitionVersions.class);
            assertThat(versions.history(DefinitionKind.INDICATOR, "events"))
                    .extracting(DefinitionVersion::versionNumber, DefinitionVersion::source)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, DefinitionSource.BROWSER),
                            org.assertj.core.groups.Tuple.tuple(1, DefinitionSource.FILE));
            assertThat(eventsName(restarted)).isEqualTo("Tapahtumat");
            assertThat(restarted.getBean(DefinitionOverview.class).shadowed())
                    .singleElement()
                    .satisfies(shadow -> {
                        assertThat(shadow.code()).isEqualTo("events");
                        assertThat(shadow.fileName()).isEqualTo(indicatorFile.toString());
                        assertThat(shadow.by().versionNumber()).isEqualTo(2);
                    });
        }

        Files.writeString(indicatorFile, DefinitionFixture.indicatorFile("Tilaisuudet ja tapaamiset"));
        try (ApplicationContext changedFile = start(false)) {
            DefinitionVersions versions = changedFile.getBean(DefinitionVersions.class);
            assertThat(versions.newest(DefinitionKind.INDICATOR, "events")).hasValueSatisfying(v -> {
                assertThat(v.versionNumber()).isEqualTo(3);
                assertThat(v.source()).isEqualTo(DefinitionSource.FILE);
            });
            assertThat(versions.history(DefinitionKind.INDICATOR, "participants"))
                    .as("an unchanged entry of the same file adds nothing")
                    .hasSize(1);
            assertThat(eventsName(changedFile)).isEqualTo("Tilaisuudet ja tapaamiset");
            assertThat(changedFile.getBean(DefinitionOverview.class).shadowed()).isEmpty();
        }
    }

    @Test
    void aFileWithAnErrorBringsInNothingAndTheStoredVersionsStay() throws Exception {
        try (ApplicationContext service = start(true)) {
            assertThat(eventsName(service)).isEqualTo("Tilaisuudet");
        }
        Files.writeString(
                indicatorFile, DefinitionFixture.indicatorFile("Muutettu").replace("count: events", "count: evnts"));
        try (ApplicationContext restarted = start(false)) {
            assertThat(eventsName(restarted)).isEqualTo("Tilaisuudet");
            assertThat(restarted.getBean(DefinitionFiles.class).refused())
                    .singleElement()
                    .satisfies(refused -> {
                        assertThat(refused.fileName()).isEqualTo(indicatorFile.toString());
                        assertThat(refused.problems())
                                .anySatisfy(p -> assertThat(p.line()).isEqualTo(7));
                    });
        }
    }

    @Test
    void twoInstancesStartingAtOnceStoreAChangedFileOnce() throws Exception {
        try (ApplicationContext first = start(true)) {
            assertThat(eventsName(first)).isEqualTo("Tilaisuudet");
        }
        Files.writeString(indicatorFile, DefinitionFixture.indicatorFile("Tapahtumat"));
        var pool = Executors.newFixedThreadPool(2);
        List<ApplicationContext> started = new ArrayList<>();
        try {
            Callable<ApplicationContext> instance = () -> start(false);
            List<Future<ApplicationContext>> both = pool.invokeAll(List.of(instance, instance));
            for (Future<ApplicationContext> one : both) {
                started.add(one.get());
            }
            DefinitionVersions versions = started.get(0).getBean(DefinitionVersions.class);
            assertThat(versions.history(DefinitionKind.INDICATOR, "events"))
                    .extracting(DefinitionVersion::versionNumber)
                    .containsExactly(2, 1);
            for (ApplicationContext one : started) {
                assertThat(eventsName(one)).isEqualTo("Tapahtumat");
            }
        } finally {
            started.forEach(ApplicationContext::close);
            pool.shutdown();
        }
    }

    private static String eventsName(ApplicationContext service) {
        return service.getBean(IndicatorCatalog.class)
                .byCode("events")
                .orElseThrow()
                .name()
                .in(Language.FI, Language.FI);
    }

    /** The first start empties the schema, as every test context does; a restart keeps what is stored. */
    private ApplicationContext start(boolean first) {
        return ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "mittari.batch-dir",
                        batchDir.toString(),
                        "flyway.datasources.default.clean-schema",
                        String.valueOf(first)))
                .start();
    }
}
