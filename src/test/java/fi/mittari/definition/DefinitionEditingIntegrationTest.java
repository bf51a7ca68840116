package fi.mittari.definition;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.batch.StepProgress;
import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.questionnaire.Language;
import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Drafts and versions of the shipped definitions (batch/ read at start-up): a draft with errors is kept but not
 * published, publishing makes the next version, and the catalogs and the jobs use it at once.
 */
@MicronautTest(transactional = false)
class DefinitionEditingIntegrationTest {

    @Inject
    EditingDefinitions editing;

    @Inject
    DefinitionVersions versions;

    @Inject
    IndicatorCatalog indicators;

    @Inject
    ReportCatalog reports;

    @Inject
    BatchJobs jobs;

    @Test
    void aDraftWithErrorsIsKeptButRefusedOnPublish() {
        String broken = DefinitionFixture.events("Tilaisuudet", 0).replace("count: events", "count: evnts");
        assertThat(editing.save(DefinitionKind.INDICATOR, "events", broken, "anna"))
                .isInstanceOf(DraftOutcome.Saved.class);

        PublishOutcome outcome = editing.publish(DefinitionKind.INDICATOR, "events", "anna");

        assertThat(outcome)
                .isInstanceOfSatisfying(PublishOutcome.HasErrors.class, refused -> assertThat(refused.problems())
                        .anySatisfy(p -> {
                            assertThat(p.line()).isEqualTo(7);
                            assertThat(p.severity()).isEqualTo(DefinitionProblem.Severity.ERROR);
                            assertThat(p.message()).contains("evnts");
                        }));
        assertThat(editing.draft(DefinitionKind.INDICATOR, "events"))
                .hasValueSatisfying(d -> assertThat(d.yaml()).isEqualTo(broken));
        assertThat(versions.history(DefinitionKind.INDICATOR, "events")).hasSize(1);
        editing.discard(DefinitionKind.INDICATOR, "events");
    }

    @Test
    void aDraftPromisingABreakdownTheEngineCannotMakeIsRefusedWithTheReason() {
        String byAnswer = DefinitionFixture.events("Tilaisuudet", 0)
                .replace("breakdowns: [region]", "breakdowns: [\"choice:dim.region\"]");
        editing.save(DefinitionKind.INDICATOR, "events", byAnswer, "anna");

        PublishOutcome outcome = editing.publish(DefinitionKind.INDICATOR, "events", "anna");

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.HasErrors.class, refused -> assertThat(
                        refused.problems())
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(8);
                    assertThat(p.path()).isEqualTo("indicators[0].breakdowns[0]");
                    assertThat(p.message()).startsWith("events have no answers to break them down by dim.region");
                }));
        assertThat(versions.history(DefinitionKind.INDICATOR, "events")).hasSize(1);
        editing.discard(DefinitionKind.INDICATOR, "events");
    }

    @Test
    void publishingMakesVersionTwoWhichTheCatalogUsesAndTheHistoryLists() {
        editing.save(DefinitionKind.INDICATOR, "participants_per_event", participantsPerEvent(2), "anna");

        PublishOutcome outcome = editing.publish(DefinitionKind.INDICATOR, "participants_per_event", "anna");

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Published.class, published -> {
            assertThat(published.version().versionNumber()).isEqualTo(2);
            assertThat(published.version().source()).isEqualTo(DefinitionSource.BROWSER);
            assertThat(published.version().publishedBy()).contains("anna");
        });
        assertThat(versions.history(DefinitionKind.INDICATOR, "participants_per_event"))
                .extracting(DefinitionVersion::versionNumber, DefinitionVersion::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, DefinitionSource.BROWSER),
                        org.assertj.core.groups.Tuple.tuple(1, DefinitionSource.FILE));
        assertThat(versions.version(DefinitionKind.INDICATOR, "participants_per_event", 2))
                .hasValueSatisfying(v -> assertThat(v.yaml()).isEqualTo(participantsPerEvent(2)));
        assertThat(indicators.byCode("participants_per_event")).hasValueSatisfying(d -> {
            assertThat(d.decimals()).isEqualTo(2);
            assertThat(d.name().in(Language.FI, Language.FI)).isEqualTo("Osallistujia keskimäärin");
        });
        assertThat(editing.draft(DefinitionKind.INDICATOR, "participants_per_event"))
                .isEmpty();
    }

    @Test
    void aReportDraftIsCheckedAgainstTheIndicatorsTheSchedulerAndTheFunderAccounts() {
        String report = DefinitionFixture.report("checked-report", "region")
                        .replace("indicators: [events]", "indicators: [events, evnts]")
                        .replace("0 0 6 1 * *", "0 0 25 1 * *")
                + "    recipients: {funders: [no-such-funder]}\n";

        List<DefinitionProblem> cron = editing.check(DefinitionKind.REPORT, Optional.empty(), report);
        assertThat(cron)
                .as("a schedule the scheduler cannot read is the text's own error, found first")
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(9));

        List<DefinitionProblem> problems =
                editing.check(DefinitionKind.REPORT, Optional.empty(), report.replace("0 0 25 1 * *", "0 0 6 1 * *"));
        assertThat(problems)
                .extracting(DefinitionProblem::line, DefinitionProblem::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, DefinitionProblem.Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(10, DefinitionProblem.Severity.WARNING));
        assertThat(problems.get(0).message()).contains("unknown indicator 'evnts'");
        assertThat(problems.get(1).message()).contains("no FUNDER account 'no-such-funder'");
    }

    @Test
    void aNewReportIsPublishedAsVersionOneAndScheduledReportsListIt() {
        assertThat(editing.create(
                        DefinitionKind.REPORT, DefinitionFixture.report("new-events-report", "region"), "anna"))
                .isEqualTo(new DraftOutcome.Saved("new-events-report"));
        assertThat(editing.create(DefinitionKind.REPORT, DefinitionFixture.report("keko-stea", "region"), "anna"))
                .isEqualTo(new DraftOutcome.CodeTaken("keko-stea"));

        assertThat(editing.publish(DefinitionKind.REPORT, "new-events-report", "anna"))
                .isInstanceOfSatisfying(
                        PublishOutcome.Published.class,
                        p -> assertThat(p.version().versionNumber()).isEqualTo(1));
        assertThat(reports.byCode("new-events-report"))
                .hasValueSatisfying(r -> assertThat(r.schedule()).contains("0 0 6 1 * *"));
    }

    @Test
    void theIndicatorJobComputesTheNewestVersionsOfTheCatalog() throws Exception {
        int before = indicators.all().size();
        editing.create(
                DefinitionKind.INDICATOR,
                DefinitionFixture.events("Tilaisuudet", 0).replace("code: events", "code: events_again"),
                "anna");
        assertThat(editing.publish(DefinitionKind.INDICATOR, "events_again", "anna"))
                .isInstanceOf(PublishOutcome.Published.class);

        long id = jobs.launch(BatchJob.AGGREGATE_INDICATORS, "definitions " + System.nanoTime(), Map.of());
        var run = jobs.awaitEnd(id, Duration.ofSeconds(120)).orElseThrow();

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.steps())
                .filteredOn(step -> step.name().equals("computeIndicators"))
                .singleElement()
                .extracting(StepProgress::readCount)
                .isEqualTo((long) before + 1);
    }

    private static String participantsPerEvent(int decimals) {
        return """
                indicators:
                  - code: participants_per_event
                    name: {fi: Osallistujia keskimäärin, sv: Deltagare per evenemang, en: Participants per event}
                    definition:
                      fi: Tilaisuuksien osallistujamäärien keskiarvo.
                      sv: Medeltalet av deltagarantalen i evenemangen.
                      en: The mean attendance of the events.
                    unit: {fi: osallistujaa, sv: deltagare, en: participants}
                    decimals: %d
                    basis: collected
                    measure: {mean: attendance}
                    breakdowns: [event_type, region]
                """
                .formatted(decimals);
    }
}
