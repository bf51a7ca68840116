package fi.mittari.batch.web;

import fi.mittari.batch.BatchJobs;
import fi.mittari.batch.web.HomePage.Attention;
import fi.mittari.batch.web.HomePage.CampaignRate;
import fi.mittari.batch.web.HomePage.GoalLine;
import fi.mittari.batch.web.HomePage.ProjectCard;
import fi.mittari.batch.web.HomePage.ScheduledReport;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignCounts;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.CountingCampaign;
import fi.mittari.context.Event;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.definition.DefinitionFiles;
import fi.mittari.definition.StoredDefinition;
import fi.mittari.definition.StoredIndicatorCatalog;
import fi.mittari.definition.StoredReportCatalog;
import fi.mittari.indicator.progress.GoalProgress;
import fi.mittari.indicator.progress.MeasuringProgress;
import fi.mittari.questionnaire.Language;
import fi.mittari.report.archive.ReportArchive;
import fi.mittari.report.archive.ReportDeliveries;
import fi.mittari.report.definition.ReportCatalog;
import io.micronaut.context.BeanProvider;
import io.micronaut.scheduling.cron.CronExpression;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gathers a coordinator's home from every feature: the projects' week, open campaigns and goals, the next scheduled
 * funder reports, and what needs attention. It lives beside the job pages because failed job runs are part of it and
 * only {@code batch} may see every other feature.
 */
@Singleton
class ComposingHome {

    private static final int DAYS_OF_WEEK = 7;
    private static final Duration RECENT = Duration.ofDays(7);

    private final Projects projects;
    private final Campaigns campaigns;
    private final CountingCampaign counting;
    private final MeasuringProgress progress;
    private final ReportCatalog reports;
    private final BeanProvider<StoredIndicatorCatalog> indicatorFiles;
    private final BeanProvider<StoredReportCatalog> reportFiles;
    private final DefinitionFiles files;
    private final BatchJobs jobs;
    private final ReportDeliveries deliveries;
    private final ReportArchive archive;
    private final Clock clock;
    private final ZoneId zone;

    ComposingHome(
            Projects projects,
            Campaigns campaigns,
            CountingCampaign counting,
            MeasuringProgress progress,
            ReportCatalog reports,
            BeanProvider<StoredIndicatorCatalog> indicatorFiles,
            BeanProvider<StoredReportCatalog> reportFiles,
            DefinitionFiles files,
            BatchJobs jobs,
            ReportDeliveries deliveries,
            ReportArchive archive,
            Clock clock,
            ZoneId zone) {
        this.projects = projects;
        this.campaigns = campaigns;
        this.counting = counting;
        this.progress = progress;
        this.reports = reports;
        this.indicatorFiles = indicatorFiles;
        this.reportFiles = reportFiles;
        this.files = files;
        this.jobs = jobs;
        this.deliveries = deliveries;
        this.archive = archive;
        this.clock = clock;
        this.zone = zone;
    }

    List<ProjectCard> projects(Language language) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Campaign> all = campaigns.all();
        List<ProjectCard> cards = new ArrayList<>();
        for (Project project : projects.all()) {
            long week = 0;
            List<CampaignRate> open = new ArrayList<>();
            for (Campaign campaign : all) {
                if (!belongsTo(campaign, project)) {
                    continue;
                }
                CampaignCounts counts = counting.counts(campaign);
                week += counts.submittedByDay().entrySet().stream()
                        .filter(day -> day.getKey().isAfter(today.minusDays(DAYS_OF_WEEK)))
                        .mapToLong(java.util.Map.Entry::getValue)
                        .sum();
                if (campaign.isOpenAt(now)) {
                    open.add(new CampaignRate(
                            campaign.title(),
                            "/staff/campaigns/" + campaign.slug(),
                            counts.submitted(),
                            rate(campaign, counts)));
                }
            }
            List<GoalLine> goals =
                    progress.of(project).stream().map(g -> goal(g, language)).toList();
            cards.add(new ProjectCard(project.code(), project.name(), week, open, goals));
        }
        return cards;
    }

    private boolean belongsTo(Campaign campaign, Project project) {
        if (campaign.projectId() != null) {
            return campaign.projectId().equals(project.id());
        }
        return campaign.eventCode() != null
                && projects.event(campaign.eventCode())
                        .map(Event::projectId)
                        .filter(id -> Objects.equals(id, project.id()))
                        .isPresent();
    }

    private static BigDecimal rate(Campaign campaign, CampaignCounts counts) {
        if (counts.invited() > 0) {
            return BigDecimal.valueOf(counts.invitationsAnswered())
                    .divide(BigDecimal.valueOf(counts.invited()), MathContext.DECIMAL64);
        }
        if (campaign.responseCap() != null && campaign.responseCap() > 0) {
            return BigDecimal.valueOf(counts.submitted())
                    .divide(BigDecimal.valueOf(campaign.responseCap()), MathContext.DECIMAL64);
        }
        return null;
    }

    private static GoalLine goal(GoalProgress goal, Language language) {
        return new GoalLine(
                goal.name(language),
                goal.share(),
                goal.shownDecimals(),
                goal.current().orElse(null),
                goal.target().orElse(null),
                goal.progress().orElse(null),
                goal.barStep());
    }

    /** Report definitions with a schedule, by when they are next built (in the application's time zone, as scheduled). */
    List<ScheduledReport> scheduled() {
        // Schedules fire in the application's zone (see ScheduledJobs), so their next times are reckoned there too.
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return reports.all().stream()
                .flatMap(d -> d.schedule().flatMap(cron -> next(cron, now)).stream()
                        .map(next -> new ScheduledReport(d.title(), next)))
                .sorted(Comparator.comparing(ScheduledReport::next))
                .limit(5)
                .toList();
    }

    private static Optional<Instant> next(String cron, ZonedDateTime now) {
        try {
            return Optional.ofNullable(CronExpression.create(cron).nextTimeAfter(now))
                    .map(ZonedDateTime::toInstant);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    List<Attention> attention() {
        List<Attention> items = new ArrayList<>();
        // Definitions whose newest version has errors and so is not in force (tests may put other catalogs in place of
        // the stored ones), and definition files that brought nothing in.
        indicatorFiles.stream()
                .flatMap(catalog -> catalog.current().stored().stream())
                .filter(stored -> stored.errors() > 0)
                .forEach(stored -> items.add(definition("indicatorDefinitions", stored)));
        reportFiles.stream()
                .flatMap(catalog -> catalog.current().stored().stream())
                .filter(stored -> stored.errors() > 0)
                .forEach(stored -> items.add(definition("reportDefinitions", stored)));
        files.refused()
                .forEach(file -> items.add(new Attention(
                        file.kind() == fi.mittari.definition.DefinitionKind.INDICATOR
                                ? "indicatorDefinitions"
                                : "reportDefinitions",
                        file.fileName(),
                        null,
                        "/staff/definitions")));
        Instant since = clock.instant().minus(RECENT);
        jobs.history(Optional.empty(), 20).stream()
                .filter(run -> run.status().equals("FAILED"))
                .filter(run -> run.startTime() == null || run.startTime().isAfter(since))
                .forEach(run -> items.add(new Attention("job", run.job(), run.startTime(), "/staff/jobs/" + run.id())));
        deliveries
                .failed(10)
                .forEach(d -> items.add(new Attention(
                        "delivery",
                        archive.find(d.reportId()).map(r -> r.title()).orElse("#" + d.reportId()),
                        d.nextAttemptAt(),
                        "/staff/reports")));
        return items;
    }

    private static Attention definition(String kind, StoredDefinition<?> stored) {
        var version = stored.version();
        return new Attention(
                kind,
                version.code(),
                null,
                "/staff/definitions/" + version.kind().code() + "/" + version.code());
    }
}
