package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveysDirectoryLoaderIntegrationTest implements TestPropertyProvider {

    private static final String VALID =
            """
            key: sign-in
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Ilmoittautuminen}
            questions:
              - key: sector
                type: single_choice
                label: {fi: Sektori}
                choices:
                  - value: third_sector
                    label: {fi: Kolmas sektori}
            """;

    private static final String BROKEN =
            """
            key: broken
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Rikki}
            questions:
              - key: q1
                type: slider
                label: {fi: Liukusäädin}
            """;

    private Path directory;

    @Inject
    SurveysDirectoryLoader loader;

    @Inject
    QuestionnaireCatalog catalog;

    @Override
    public Map<String, String> getProperties() {
        try {
            directory = Files.createTempDirectory("surveys");
            Files.writeString(directory.resolve("a-broken.yaml"), BROKEN);
            Files.writeString(directory.resolve("b-sign-in.yaml"), VALID);
            Files.writeString(directory.resolve("notes.txt"), "not a questionnaire");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("mittari.surveys-dir", directory.toString());
    }

    @Test
    void aBadFileIsReportedWithLineAndReasonAndStopsNothingElse() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(SurveysDirectoryLoader.class)).addAppender(log);

        assertThat(loader.loadAll()).containsExactly("a-broken.yaml");

        assertThat(catalog.latest("sign-in")).isPresent();
        assertThat(catalog.latest("broken")).isEmpty();
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(line -> assertThat(line)
                .startsWith("a-broken.yaml:7:")
                .contains("slider"));
    }

    @Test
    void loadingIsIdempotentAndAChangedFileMakesANewVersion() throws IOException {
        loader.loadAll();
        int before = catalog.latest("sign-in").orElseThrow().versionNumber();
        loader.loadAll();
        assertThat(catalog.latest("sign-in").orElseThrow().versionNumber()).isEqualTo(before);

        Files.writeString(directory.resolve("b-sign-in.yaml"), VALID.replace("Ilmoittautuminen", "Tervetuloa"));
        loader.loadAll();
        var latest = catalog.latest("sign-in").orElseThrow();
        assertThat(latest.versionNumber()).isEqualTo(before + 1);
        assertThat(latest.questionnaire().title().get(Language.FI)).contains("Tervetuloa");
        assertThat(catalog.version(latest.versionId() - 1)).isPresent();
        // the listing holds each questionnaire once, at its newest version
        assertThat(catalog.latestVersions())
                .filteredOn(stored -> stored.key().equals("sign-in"))
                .singleElement()
                .extracting(StoredQuestionnaire::versionNumber)
                .isEqualTo(before + 1);
    }
}
