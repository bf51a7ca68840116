package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.batch.BatchJob;
import fi.mittari.batch.BatchJobs;
import fi.mittari.demo.SeedScenario;
import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Activities;
import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.CampaignQuality;
import fi.mittari.report.content.ChangeResult;
import fi.mittari.report.content.Employment;
import fi.mittari.report.content.Figure;
import fi.mittari.report.content.Reach;
import fi.mittari.report.content.SummaryRow;
import fi.mittari.report.content.SurveyQuestion;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportDefinition.Contact;
import fi.mittari.report.definition.ReportDefinition.EmploymentSection;
import fi.mittari.report.definition.ReportDefinition.Recipients;
import fi.mittari.report.definition.ReportDefinition.ReportOptions;
import fi.mittari.report.definition.ReportPeriod;
import fi.mittari.response.Channel;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seeds scenario's workbook content holds the published figures (docs/domain.md). Expected values are worked out by hand from
 * src/main/resources/demo/*.csv (the sums, sorts and counts are in the comments); intervals are those the seed test
 * checks through the API.
 */
@MicronautTest(transactional = false)
class PreparingSeedReportsIntegrationTest {

    private static final Instant GENERATED = Instant.parse("2030-01-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2030-01-01");

    @Inject
    SeedScenario scenario;

    @Inject
    BatchJobs jobs;

    @Inject
    PreparingReport preparing;

    @Inject
    fi.mittari.report.definition.ReportCatalog reportCatalog;

    /** The values are computed once per class (the scopes do not change between its tests). */
    private static boolean computed;

    @BeforeEach
    void loadAndCompute() throws Exception {
        if (computed) {
            return;
        }
        computed = true;
        if (!scenario.loaded()) {
            scenario.load(Channel.IMPORT);
        }
        for (String project : List.of("keko", "tyokyky")) {
            long run = jobs.launch(
                    BatchJob.AGGREGATE_INDICATORS, "preparing " + System.nanoTime(), Map.of("project", project));
            assertThat(jobs.awaitEnd(run, Duration.ofSeconds(120)).orElseThrow().status())
                    .isEqualTo("COMPLETED");
        }
    }

    @Test
    void kekoActivitiesAreTheArticlesEventsAndAttendance() {
        WorkbookContent content = keko();
        Activities.ActivityRow total = content.activities().total();
        // 57 events of 2017–2019 with 1,290 participants: mean 1290 / 57 = 22.63; at most 86 (the 2019 fair)
        assertThat(total.events()).isEqualTo(57);
        assertThat(total.eventsWithAttendance()).isEqualTo(57);
        assertThat(total.participants()).contains(1290L);
        assertThat(total.meanPerEvent().orElseThrow().setScale(1, RoundingMode.HALF_UP))
                .isEqualByComparingTo("22.6");
        // the 57 attendances sorted: 13, 14, 14, …, 31, 86; the 29th is 22
        assertThat(total.medianPerEvent().orElseThrow()).isEqualByComparingTo("22");
        assertThat(total.maxPerEvent()).contains(86L);
        Activities.ActivityTable byType = table(content, Activities.Dimension.EVENT_TYPE);
        // in code-list order; network meetings 27 events, 605 participants, median 22, max 31; training 16 events
        // (an even count: the 8th and 9th are both 22), 337; workshops 13, 262, median 20; the fair 1, 86
        assertThat(byType.rows())
                .extracting(Activities.ActivityRow::groupKey)
                .containsExactly("network_meeting", "training", "workshop", "fair");
        assertThat(byType.rows().get(0).label()).isEqualTo("Verkostotapaaminen");
        assertThat(byType.rows().get(0).events()).isEqualTo(27);
        assertThat(byType.rows().get(0).participants()).contains(605L);
        assertThat(byType.rows().get(0).medianPerEvent().orElseThrow()).isEqualByComparingTo("22");
        assertThat(byType.rows().get(0).maxPerEvent()).contains(31L);
        assertThat(byType.rows().get(1).participants()).contains(337L);
        assertThat(byType.rows().get(1).medianPerEvent().orElseThrow()).isEqualByComparingTo("22");
        assertThat(byType.rows().get(2).medianPerEvent().orElseThrow()).isEqualByComparingTo("20");
        assertThat(byType.rows().get(3).participants()).contains(86L);
        // months: January 2018 had 2 events with 36 participants
        Activities.ActivityRow january = table(content, Activities.Dimension.MONTH).rows().stream()
                .filter(r -> r.groupKey().equals("2018-01"))
                .findFirst()
                .orElseThrow();
        assertThat(january.events()).isEqualTo(2);
        assertThat(january.participants()).contains(36L);
        assertThat(january.label()).isEqualTo("tammikuu 2018");
    }

    @Test
    void theSwedishDemoReportOfThePreviousYearIsBuiltAsOfTheDemosDayAndHasItsFigures() throws Exception {
        // batch/reports/keko.yaml's keko-sv: the previous year, in Swedish. The demo's data end in 2019, so built
        // today it would be of an empty year; the demo builds it as of SeedScenario.REPORTS_AS_OF instead
        ReportDefinition swedish = new ReportDefinition(
                "keko-sv",
                "KeKo – effektrapport",
                ReportLanguage.SV,
                List.of("keko"),
                new ReportPeriod.PreviousYear(),
                List.of("events", "participants", "third_sector_share", "found_new_partners"),
                List.of("region", "sector"),
                new Contact("Kaisa Koordinaattori", Optional.empty(), Optional.empty()),
                Recipients.none(),
                Optional.empty(),
                new ReportOptions(true, false, false),
                Optional.empty(),
                "test",
                1);
        long run = jobs.launch(
                BatchJob.AGGREGATE_INDICATORS,
                "swedish " + System.nanoTime(),
                Map.of("project", "keko", "from", "2019-01-01", "to", "2019-12-31"));
        assertThat(jobs.awaitEnd(run, Duration.ofSeconds(120)).orElseThrow().status())
                .isEqualTo("COMPLETED");

        WorkbookContent content = preparing.prepare(swedish, GENERATED, fi.mittari.demo.SeedScenario.REPORTS_AS_OF);

        assertThat(content.cover().periodFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(content.cover().periodTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(summary(content, "events").value().value().orElseThrow()).isPositive();
        assertThat(summary(content, "participants").value().value().orElseThrow())
                .isPositive();
        assertThat(content.activities().total().events()).isPositive();
    }

    @Test
    void theUusimaaEcosystemsReportReadsEveryProjectsRecordsOfTheRegionAndNamesIt() throws Exception {
        // the shipped batch/reports/uusimaa.yaml is in force once the seed has defined the ecosystem 'uusimaa'
        ReportDefinition uusimaa = reportCatalog.byCode("uusimaa-ecosystem").orElseThrow();
        long run = jobs.launch(
                BatchJob.AGGREGATE_INDICATORS, "uusimaa " + System.nanoTime(), Map.of("ecosystem", "uusimaa"));
        assertThat(jobs.awaitEnd(run, Duration.ofSeconds(120)).orElseThrow().status())
                .isEqualTo("COMPLETED");

        WorkbookContent content = preparing.prepare(uusimaa, GENERATED, TODAY);

        assertThat(content.cover().ecosystem()).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("Uudenmaan ekosysteemi");
            assertThat(e.region()).contains("Uusimaa");
        });
        assertThat(content.cover().projects()).isEmpty();
        assertThat(content.cover().periodFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(content.cover().periodTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        // by hand from demo/events.csv and participation.csv: 8 events held in Uusimaa in 2018–2019, and the 160
        // participants whose rows are of Uusimaa, all at those events
        assertThat(summary(content, "events").projectCode()).isEqualTo("uusimaa");
        assertThat(summary(content, "events").value().value().orElseThrow()).isEqualByComparingTo("8");
        assertThat(summary(content, "participants").value().value().orElseThrow())
                .isEqualByComparingTo("160");
        assertThat(content.activities().total().events()).isEqualTo(8);
        assertThat(content.activities().total().participants()).contains(160L);
        assertThat(content.goals()).isEmpty();
    }

    @Test
    void kekoGoalsSheetShowsTheTargetTheSummaryMeasuresProgressAgainst() {
        WorkbookContent content = keko();
        SummaryRow networks = summary(content, "regional_networks");
        // KeKo has no goals of its own in the demo; keko.yaml sets regional_networks' target 10 (baseline 0): the
        // Summary's 270 % must stand beside a Goals row with that target, never beside "no goals"
        assertThat(content.goals())
                .filteredOn(g -> g.indicatorCode().equals(Optional.of("regional_networks")))
                .singleElement()
                .satisfies(goal -> {
                    assertThat(goal.projectCode()).isEqualTo("keko");
                    assertThat(goal.target()).isEqualTo(networks.target());
                    assertThat(goal.baseline()).isEqualTo(networks.baseline());
                    assertThat(goal.actual().value()).isEqualTo(networks.value().value());
                    assertThat(goal.goal()).isEqualTo(networks.name());
                });
    }

    @Test
    void kekoSummaryHasTheSharesWithTheirIntervalsAndTheNetworkTarget() {
        WorkbookContent content = keko();
        assertThat(content.summary())
                .extracting(SummaryRow::indicatorCode)
                .containsExactly(
                        "events", "participants", "third_sector_share", "found_new_partners", "regional_networks");
        SummaryRow third = summary(content, "third_sector_share");
        // 722 of 1290 participants from the third sector = 0.5597; every participant is counted (a census), so there
        // is no sampling interval
        assertThat(third.numerator()).contains(722L);
        assertThat(third.denominator()).contains(1290L);
        assertThat(third.value().format()).isEqualTo(Figure.Format.SHARE);
        assertThat(third.value().decimals()).isEqualTo(1); // 3 decimals of a share = 1 decimal of a percentage
        assertThat(third.value().value().orElseThrow()).isEqualByComparingTo("0.560");
        assertThat(third.intervalLow()).isEmpty();
        assertThat(third.intervalHigh()).isEmpty();
        assertThat(third.basisLabel()).isEqualTo("kerätty tieto");
        SummaryRow partners = summary(content, "found_new_partners");
        // 53 of the 100 respondents; Wilson 0.4329–0.6249; a sample
        assertThat(partners.numerator()).contains(53L);
        assertThat(partners.denominator()).contains(100L);
        assertThat(rounded(partners.intervalLow())).isEqualByComparingTo("0.4329");
        assertThat(rounded(partners.intervalHigh())).isEqualByComparingTo("0.6249");
        assertThat(partners.basisLabel()).isEqualTo("otos");
        SummaryRow participants = summary(content, "participants");
        assertThat(participants.value().format()).isEqualTo(Figure.Format.COUNT);
        assertThat(participants.value().value().orElseThrow()).isEqualByComparingTo("1290");
        // 12 regional networks over 27 network meetings (Pohjanmaa's network meets in two regions) against the target
        // 10 (baseline 0) of keko.yaml: progress 12 / 10 = 1.2; the meetings are not the networks
        SummaryRow networks = summary(content, "regional_networks");
        assertThat(networks.value().value().orElseThrow()).isEqualByComparingTo("12");
        assertThat(networks.target().orElseThrow()).isEqualByComparingTo("10");
        assertThat(networks.baseline().orElseThrow()).isEqualByComparingTo("0");
        assertThat(networks.progress().orElseThrow()).isEqualByComparingTo("1.2");
        // breakdown by region, named in Finnish: Uusimaa's events
        assertThat(content.breakdowns())
                .filteredOn(
                        b -> b.indicatorCode().equals("events") && b.groupKey().equals("uusimaa"))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.breakdownLabel()).isEqualTo("maakunta");
                    assertThat(b.groupLabel()).isEqualTo("Uusimaa");
                });
        assertThat(content.cover().projects()).singleElement().satisfies(p -> {
            assertThat(p.grantId()).contains("STEA-2017-KEKO");
            assertThat(p.funder()).isEqualTo("STEA");
        });
        assertThat(content.cover().periodFrom()).isEqualTo(LocalDate.parse("2017-01-01"));
        assertThat(content.cover().periodTo()).isEqualTo(LocalDate.parse("2019-12-31"));
        assertThat(content.cover().asOf()).isBefore(GENERATED);
        assertThat(content.cover().mittariVersion()).isNotEqualTo("unknown").isNotBlank();
        assertThat(content.method().changesSincePrevious())
                .containsExactly("Ensimmäinen raportti tällä määrittelyllä.");
        assertThat(content.method().indicators())
                .filteredOn(m -> m.code().equals("found_new_partners"))
                .singleElement()
                .satisfies(m -> {
                    // the rule in the report's language (it was English beside Finnish words), no file named
                    assertThat(m.rule())
                            .isEqualTo("osuus: vastaajat, joissa outcome.new_partners on [yes]; kyselyt: keko-impact");
                    assertThat(m.source()).doesNotContain("/", ".yaml");
                });
    }

    @Test
    void kekoReachSuppressesTheSmallRespondentGroups() {
        WorkbookContent content = keko();
        Reach.ReachTable participants = reach(content, Reach.Who.PARTICIPANTS, Reach.Dimension.SECTOR);
        // participation.csv: third sector 722 of 1290; every sector sent at least 57, so nothing is hidden
        assertThat(participants.total()).contains(1290L);
        assertThat(participants.rows().get(0).key()).isEqualTo("third_sector");
        assertThat(participants.rows().get(0).count()).contains(722L);
        assertThat(participants.rows()).noneMatch(r -> r.suppression().suppressed());
        Reach.ReachTable respondents = reach(content, Reach.Who.RESPONDENTS, Reach.Dimension.SECTOR);
        // keko-impact.csv organisation_type: third sector 56, municipal 14, TE 8, companies 8, social services 6,
        // education 4, ELY 2, Kela 2 (100). 4, 2 and 2 are under 5 and hidden; their sum 8 could be any split of
        // three values, so no complementary cell is needed.
        assertThat(respondents.total()).contains(100L);
        assertThat(row(respondents, "third_sector").count()).contains(56L);
        assertThat(row(respondents, "third_sector").share().orElseThrow()).isEqualByComparingTo("0.56");
        for (String small : List.of("education", "ely_centre", "kela")) {
            assertThat(row(respondents, small).count()).as(small).isEmpty();
            assertThat(row(respondents, small).suppression().note()).contains("piilotettu");
        }
        assertThat(row(respondents, "company").count()).contains(8L);
    }

    @Test
    void kekoSurveyOutcomesAndQualityCountTheAnswersInThePeriod() {
        WorkbookContent content = keko();
        SurveyQuestion partners = content.distributions().orElseThrow().stream()
                .filter(q -> q.campaignSlug().equals(SeedScenario.SURVEY_CAMPAIGN)
                        && q.questionKey().equals("new_partners"))
                .findFirst()
                .orElseThrow();
        assertThat(partners.answered()).isEqualTo(100);
        SurveyQuestion.ChoiceResult yes = partners.choices().get(0);
        assertThat(yes.value()).isEqualTo("yes");
        assertThat(yes.count()).contains(53L);
        assertThat(yes.share().orElseThrow()).isEqualByComparingTo("0.53");
        assertThat(rounded(yes.intervalLow())).isEqualByComparingTo("0.4329");
        assertThat(rounded(yes.intervalHigh())).isEqualByComparingTo("0.6249");
        // organisation types in keko-impact.csv: third sector 56, municipal 14, TE 8, company 8, social services 6, and
        // education 4, ELY 2, Kela 2 — the three under 5 are hidden (ADR 0006; together 8, so none can be worked out
        // from the total and no complementary cell is needed); a zero would be shown
        SurveyQuestion types = content.distributions().orElseThrow().stream()
                .filter(q -> q.campaignSlug().equals(SeedScenario.SURVEY_CAMPAIGN)
                        && q.questionKey().equals("organisation_type"))
                .findFirst()
                .orElseThrow();
        assertThat(types.answered()).isEqualTo(100);
        assertThat(choice(types, "third_sector").count()).contains(56L);
        assertThat(choice(types, "third_sector").share().orElseThrow()).isEqualByComparingTo("0.56");
        assertThat(choice(types, "social_services").count()).contains(6L);
        for (String hidden : List.of("education", "ely_centre", "kela")) {
            assertThat(choice(types, hidden).count()).as(hidden).isEmpty();
            assertThat(choice(types, hidden).share()).as(hidden).isEmpty();
            assertThat(choice(types, hidden).intervalLow()).as(hidden).isEmpty();
        }
        CampaignQuality quality = content.quality().stream()
                .filter(q -> q.campaignSlug().equals(SeedScenario.SURVEY_CAMPAIGN))
                .findFirst()
                .orElseThrow();
        // an anonymous link: no invitations, so no response rate
        assertThat(quality.invited()).isEmpty();
        assertThat(quality.responseRate()).isEmpty();
        assertThat(quality.complete()).isEqualTo(100);
        // partner_activities is asked only after "yes" to new_partners: 53 asked, all answered; comments were asked
        // of all 100 and left empty by all
        assertThat(missing(quality, "partner_activities").asked()).isEqualTo(53);
        assertThat(missing(quality, "partner_activities").missing()).isZero();
        assertThat(missing(quality, "comments").asked()).isEqualTo(100);
        assertThat(missing(quality, "comments").missing()).isEqualTo(100);
    }

    @Test
    void coachingGivesEmploymentAndPairedChange() {
        WorkbookContent content = tyokyky();
        Employment employment = content.employment().orElseThrow();
        assertThat(employment.coached().value().orElseThrow()).isEqualByComparingTo("64");
        assertThat(employment.employed().value().orElseThrow()).isEqualByComparingTo("17");
        // 17 / 64 = 0.2656 → 0.27; every coached participant is counted (basis collected): no sampling interval
        assertThat(employment.rate().value().orElseThrow()).isEqualByComparingTo("0.27");
        assertThat(employment.intervalLow()).isEmpty();
        assertThat(employment.intervalHigh()).isEmpty();
        // coaching-followup.csv: 12 on the open labour market, 5 wage-subsidised
        assertThat(employment.byType())
                .extracting(Employment.EmploymentType::key, Employment.EmploymentType::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("open_labour_market", Optional.of(12L)),
                        org.assertj.core.groups.Tuple.tuple("wage_subsidised", Optional.of(5L)));
        assertThat(employment.followupWindow()).isEqualTo("6 kuukautta");
        ChangeResult change = content.changes().get(0);
        // 58 pairs, 6 lost, 36 improved, 10 same, 12 worse; the pairs' work ability sums to 234 at the start and
        // 271 at follow-up: means 4.0345 and 4.6724, change 37 / 58 = 0.6379 → 0.6; paired t 0.3123–0.9635
        assertThat(change.pairs()).contains(58L);
        assertThat(change.lost()).contains(6L);
        assertThat(change.improved()).contains(36L);
        assertThat(change.same()).contains(10L);
        assertThat(change.worse()).contains(12L);
        assertThat(change.baselineMean().orElseThrow()).isEqualByComparingTo("4.0345");
        assertThat(change.followupMean().orElseThrow()).isEqualByComparingTo("4.6724");
        assertThat(change.change().orElseThrow()).isEqualByComparingTo("0.6");
        assertThat(rounded(change.intervalLow())).isEqualByComparingTo("0.3123");
        assertThat(rounded(change.intervalHigh())).isEqualByComparingTo("0.9635");
    }

    @Test
    void coachingDataLeavesThePseudonymOutAndNumbersRespondents() {
        WorkbookContent content = tyokyky();
        AnswerData data = content.data().orElseThrow();
        assertThat(data.codebook())
                .extracting(AnswerData.CodebookEntry::questionKey)
                .doesNotContain("participant_code", "comments")
                .contains("work_ability", "employment_status");
        List<AnswerData.AnswerRow> rows = new ArrayList<>();
        data.rows().forEach(rows::add);
        assertThat(rows).extracting(AnswerData.AnswerRow::questionKey).doesNotContain("participant_code");
        // 64 baseline and 58 follow-up responses: respondents 1–122, baseline first (campaign slug order)
        assertThat(rows.get(0).respondent()).isEqualTo(1);
        assertThat(rows.get(0).campaignSlug()).isEqualTo(SeedScenario.BASELINE_CAMPAIGN);
        assertThat(rows.get(rows.size() - 1).respondent()).isEqualTo(122);
        assertThat(rows.stream()
                        .mapToLong(AnswerData.AnswerRow::respondent)
                        .distinct()
                        .count())
                .isEqualTo(122);
        // anonymised: no exact day anywhere, and every combination of campaign and quasi-identifier answers
        // (dates, dim.… questions) that is shown describes at least five respondents
        assertThat(data.protection().anonymised()).isTrue();
        assertThat(rows).extracting(AnswerData.AnswerRow::value).noneMatch(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"));
        java.util.Set<String> quasi = java.util.Set.of("start_date", "followup_date", "region", "sector");
        Map<Long, java.util.TreeMap<String, String>> combinations = new java.util.HashMap<>();
        rows.stream().filter(r -> quasi.contains(r.questionKey())).forEach(r -> combinations
                .computeIfAbsent(r.respondent(), n -> new java.util.TreeMap<>())
                .merge(r.campaignSlug() + "/" + r.questionKey(), r.value(), (a, b) -> a + "," + b));
        Map<Object, Long> groups = combinations.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
        assertThat(groups.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5L));
    }

    private WorkbookContent keko() {
        return preparing.prepare(
                definition(
                        "keko-stea",
                        "keko",
                        List.of(
                                "events",
                                "participants",
                                "third_sector_share",
                                "found_new_partners",
                                "regional_networks"),
                        new ReportOptions(true, false, false),
                        Optional.empty()),
                GENERATED,
                TODAY);
    }

    private WorkbookContent tyokyky() {
        return preparing.prepare(
                definition(
                        "tyokyky-stea",
                        "tyokyky",
                        List.of("coached", "employed", "employment_rate", "work_ability_change"),
                        new ReportOptions(false, true, false),
                        Optional.of(new EmploymentSection(
                                "coached",
                                "employed",
                                "employment_rate",
                                Optional.of("choice:outcome.employment_status"),
                                "6 kuukautta"))),
                GENERATED,
                TODAY);
    }

    static ReportDefinition definition(
            String code,
            String project,
            List<String> indicators,
            ReportOptions options,
            Optional<EmploymentSection> employment) {
        return new ReportDefinition(
                code,
                "Tuloksellisuusraportti",
                ReportLanguage.FI,
                List.of(project),
                new ReportPeriod.ProjectPeriod(),
                indicators,
                List.of("region"),
                new Contact("Liisa Laatija", Optional.of("liisa@example.org"), Optional.empty()),
                Recipients.none(),
                Optional.empty(),
                options,
                employment,
                "test",
                1);
    }

    private static BigDecimal rounded(Optional<BigDecimal> value) {
        return value.orElseThrow().setScale(4, RoundingMode.HALF_UP);
    }

    private static Activities.ActivityTable table(WorkbookContent content, Activities.Dimension dimension) {
        return content.activities().tables().stream()
                .filter(t -> t.dimension() == dimension)
                .findFirst()
                .orElseThrow();
    }

    private static SummaryRow summary(WorkbookContent content, String code) {
        return content.summary().stream()
                .filter(r -> r.indicatorCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Reach.ReachTable reach(WorkbookContent content, Reach.Who who, Reach.Dimension dimension) {
        return content.reach().tables().stream()
                .filter(t -> t.who() == who && t.dimension() == dimension)
                .findFirst()
                .orElseThrow();
    }

    private static Reach.ReachRow row(Reach.ReachTable table, String key) {
        return table.rows().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static CampaignQuality.MissingAnswers missing(CampaignQuality quality, String key) {
        return quality.missing().stream()
                .filter(m -> m.questionKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static SurveyQuestion.ChoiceResult choice(SurveyQuestion question, String value) {
        return question.choices().stream()
                .filter(c -> c.value().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + value + " in " + question.questionKey()));
    }
}
