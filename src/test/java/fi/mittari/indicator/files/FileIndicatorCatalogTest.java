package fi.mittari.indicator.files;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.IndicatorFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog reads every *.yaml of the directory, leaves out a broken file whole and keeps the good ones. */
class FileIndicatorCatalogTest {

    private static final String EVENTS =
            """
            indicators:
              - code: events
                name: {fi: Tilaisuudet, sv: Evenemang, en: Events}
                definition: {fi: Tilaisuudet, sv: Evenemang, en: Events}
                basis: collected
                measure: {count: events}
            """;

    @Test
    void leavesOutABrokenFileAndKeepsTheGoodOnes(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("good.yaml"), EVENTS);
        Files.writeString(
                directory.resolve("broken.yaml"),
                EVENTS.replace("code: events", "code: participants").replace("count: events", "sum: attendanse"));
        Files.writeString(directory.resolve("notes.txt"), "not a definition file");

        var catalog = new FileIndicatorCatalog(directory);

        assertThat(catalog.all()).extracting(IndicatorDefinition::code).containsExactly("events");
        assertThat(catalog.byCode("participants")).isEmpty();
        assertThat(catalog.files())
                .extracting(IndicatorFile::source)
                .containsExactly(
                        directory.resolve("broken.yaml").toString(),
                        directory.resolve("good.yaml").toString());
        assertThat(catalog.files().get(0).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.column()).isEqualTo(20);
            assertThat(problem.message()).isEqualTo("expected attendance or {answer: concept}, found 'attendanse'");
        });
    }

    @Test
    void aMissingDirectoryIsAnEmptyCatalog(@TempDir Path directory) {
        var catalog = new FileIndicatorCatalog(directory.resolve("indicators"));
        assertThat(catalog.all()).isEmpty();
        assertThat(catalog.files()).isEmpty();
    }

    @Test
    void readsTheShippedBatchDirectory() {
        var catalog = new FileIndicatorCatalog("batch");
        assertThat(catalog.files()).noneMatch(IndicatorFile::rejected);
        assertThat(catalog.byCode("employment_rate")).isPresent();
    }
}
