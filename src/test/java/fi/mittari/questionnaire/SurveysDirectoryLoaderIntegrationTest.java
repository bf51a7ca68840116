package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.response.Channel;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.response.SubmittingResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                  - value: public_sector
                    label: {fi: Julkinen sektori}
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

    @Inject
    QuestionnaireDrafts drafts;

    @Inject
    OpeningCampaign opening;

    @Inject
    SubmittingResponse submitting;

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

    @Test
    void aChangedFileThatRemovesAnAnsweredChoiceIsHeldAsADraftNotPublished() throws IOException {
        loader.loadAll();
        StoredQuestionnaire live = catalog.latest("sign-in").orElseThrow();
        Campaign campaign = ((OpeningOutcome.Opened) opening.open(new OpenCampaign(
                        "held-" + System.nanoTime(), "sign-in", "Sign-in", Optional.empty(), Optional.empty())))
                .campaign();
        submitting.submit(new Submission(
                campaign,
                Language.FI,
                SubmissionKeys.fresh(),
                Channel.API,
                new SubmittedAnswers(Map.of("sector", List.of("public_sector")))));
        String withoutPublicSector = VALID.replace(
                """
                      - value: public_sector
                        label: {fi: Julkinen sektori}
                """,
                "");
        Files.writeString(directory.resolve("b-sign-in.yaml"), withoutPublicSector);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(SurveysDirectoryLoader.class)).addAppender(log);

        loader.loadAll();

        assertThat(catalog.latest("sign-in").orElseThrow().versionNumber()).isEqualTo(live.versionNumber());
        assertThat(drafts.draft("sign-in").orElseThrow().definition()).isEqualTo(withoutPublicSector);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(line -> assertThat(line)
                .contains("b-sign-in.yaml not published")
                .contains("choice_removed sector=public_sector"));
        // loading again changes nothing; publishing the held draft with confirmation makes the next version
        loader.loadAll();
        assertThat(catalog.latest("sign-in").orElseThrow().versionNumber()).isEqualTo(live.versionNumber());
        assertThat(drafts.publish("sign-in", true, "admin")).isInstanceOf(PublishOutcome.Published.class);
        loader.loadAll();
        assertThat(catalog.latest("sign-in").orElseThrow().versionNumber()).isEqualTo(live.versionNumber() + 1);
        Files.writeString(directory.resolve("b-sign-in.yaml"), VALID);
    }
}
