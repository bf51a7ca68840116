package fi.mittari.demo;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.context.Drafts;
import fi.mittari.context.EcosystemDraft;
import fi.mittari.context.Ecosystems;
import fi.mittari.context.ImportingCoached;
import fi.mittari.context.ImportingContext;
import fi.mittari.context.Organisations;
import fi.mittari.context.Recorded;
import fi.mittari.context.RecordingProjects;
import fi.mittari.response.Channel;
import fi.mittari.response.ImportOutcome;
import fi.mittari.response.ImportingResponses;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetReading;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The articles' figures as data (docs/domain.md): KeKo's 57 events of 2018–2019 with 1,290 participants (56 % from the
 * third sector, at most 86 at one event) from 63 organisations, its 2019 impact survey (100 respondents, 53 found new
 * partners), and the coaching project Työkyky käyttöön (64 coached, 17 employed at follow-up, 6 not reached).
 * Read from the files in resources/demo/ through the same importers staff use, so the demo also proves them. The
 * tests load the same files and check every figure through the API (SeedScenarioIntegrationTest).
 */
@Singleton
public class SeedScenario {

    public static final String SURVEY_CAMPAIGN = "keko-2019";

    /**
     * The day the demo builds its workbooks as of: the data are of 2018–2019, so a report of the previous year (the
     * Swedish KeKo report, due each 1 February) is of 2019, not of an empty year before today.
     */
    public static final LocalDate REPORTS_AS_OF = LocalDate.of(2020, 2, 1);

    public static final String BASELINE_CAMPAIGN = "tyokyky-alku";
    public static final String FOLLOWUP_CAMPAIGN = "tyokyky-seuranta";
    private static final int MAX_ROWS = 10_000;

    private final RecordingProjects projects;
    private final ImportingCoached coached;
    private final Organisations organisations;
    private final ImportingContext context;
    private final OpeningCampaign opening;
    private final Campaigns campaigns;
    private final ImportingResponses responses;
    private final Ecosystems ecosystems;

    SeedScenario(
            RecordingProjects projects,
            ImportingCoached coached,
            Organisations organisations,
            ImportingContext context,
            OpeningCampaign opening,
            Campaigns campaigns,
            ImportingResponses responses,
            Ecosystems ecosystems) {
        this.projects = projects;
        this.coached = coached;
        this.organisations = organisations;
        this.context = context;
        this.opening = opening;
        this.campaigns = campaigns;
        this.responses = responses;
        this.ecosystems = ecosystems;
    }

    /** Whether the scenario is in the database already (its survey campaign exists). */
    public boolean loaded() {
        return campaigns.bySlug(SURVEY_CAMPAIGN).isPresent();
    }

    /**
     * Loads everything, failing loudly on the first refusal: the files ship with Mittari, so a refusal is a bug.
     * Responses are stored as {@code channel} (DEMO for the demo, so they can never pass for real answers).
     */
    public void load(Channel channel) {
        expect(projects.create(new Drafts.ProjectDraft(
                "keko",
                "KeKo – Kehittämisen koordinaatiohanke",
                "STEA",
                "STEA-2017-KEKO",
                "2017-01-01",
                "2019-12-31",
                "Kolmannen sektorin työllisyystoimijoiden alueelliset kehittämisverkostot.")));
        expect(projects.create(new Drafts.ProjectDraft(
                "tyokyky",
                "Työkyky käyttöön (Rovaniemi ja Kemijärvi)",
                "Työkykyohjelma",
                "TKO-2020-ROI",
                "2020-01-01",
                "2022-12-31",
                "Osatyökykyisten työnhakijoiden valmennus ja työllistymispolut.")));
        for (String[] line : csvLines("organisations.csv")) {
            expect(organisations.create(new Drafts.OrganisationDraft(line[0], line[1], line[2])));
        }
        // a region ecosystem: Uusimaa, the region with the most KeKo events, over KeKo's years
        // (batch/reports/uusimaa.yaml)
        expect(ecosystems.save(new EcosystemDraft(
                "uusimaa",
                "Uudenmaan ekosysteemi",
                "Nylands ekosystem",
                "Uusimaa ecosystem",
                "2018-01-01",
                "2019-12-31",
                List.of(),
                "uusimaa")));
        expect(context.importEvents(sheet("events.csv")));
        expect(context.importParticipation(sheet("participation.csv")));
        // each with the coaching's dates (nine months from the baseline), so that outcomes and years can be told
        ImportingCoached.CoachedImport imported = coached.importCoached("tyokyky", sheet("coached.csv"));
        if (!(imported instanceof ImportingCoached.CoachedImport.Imported)) {
            throw new IllegalStateException("seed coached participants refused: " + imported);
        }
        importResponses(
                open(SURVEY_CAMPAIGN, "keko-impact", "KeKo-hankkeen vaikuttavuuskysely 2019", "keko"),
                "keko-impact.csv",
                channel);
        importResponses(
                open(BASELINE_CAMPAIGN, "coaching-baseline", "Työkyky käyttöön: alkukysely", "tyokyky"),
                "coaching-baseline.csv",
                channel);
        importResponses(
                open(FOLLOWUP_CAMPAIGN, "coaching-followup", "Työkyky käyttöön: seurantakysely", "tyokyky"),
                "coaching-followup.csv",
                channel);
    }

    private Campaign open(String slug, String questionnaire, String title, String project) {
        OpeningOutcome outcome =
                opening.open(new OpenCampaign(slug, questionnaire, title, Optional.empty(), Optional.of(project)));
        if (outcome instanceof OpeningOutcome.Opened opened) {
            return opened.campaign();
        }
        throw new IllegalStateException("seed campaign " + slug + " not opened: " + outcome);
    }

    private void importResponses(Campaign campaign, String file, Channel channel) {
        ImportOutcome outcome = responses.importSheet(campaign, sheet(file), channel);
        if (!(outcome instanceof ImportOutcome.Stored)) {
            throw new IllegalStateException("seed responses " + file + " refused: " + outcome);
        }
    }

    private static void expect(Recorded<?> recorded) {
        if (!(recorded instanceof Recorded.Saved)) {
            throw new IllegalStateException("seed data refused: " + recorded);
        }
    }

    private static void expect(fi.mittari.context.ImportOutcome outcome) {
        if (!(outcome instanceof fi.mittari.context.ImportOutcome.Stored)) {
            throw new IllegalStateException("seed data refused: " + outcome);
        }
    }

    private static ResponseSheet sheet(String file) {
        SheetReading reading = ResponseSheet.csv(bytes(file), MAX_ROWS);
        if (reading instanceof SheetReading.Read read) {
            return read.sheet();
        }
        throw new IllegalStateException(file + ": " + ((SheetReading.Unreadable) reading).message());
    }

    private static List<String[]> csvLines(String file) {
        ResponseSheet sheet = sheet(file);
        return sheet.rows().stream()
                .map(row -> new String[] {row.cell(0), row.cell(1), row.cell(2)})
                .toList();
    }

    private static byte[] bytes(String file) {
        try (InputStream in = SeedScenario.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource demo/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
