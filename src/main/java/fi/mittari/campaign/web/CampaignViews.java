package fi.mittari.campaign.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.CountingCampaign;
import fi.mittari.campaign.FieldProblem;
import fi.mittari.campaign.mail.InvitationMailStatus;
import fi.mittari.campaign.web.CampaignPages.Choices;
import fi.mittari.campaign.web.CampaignPages.DetailPage;
import fi.mittari.campaign.web.CampaignPages.EventGroup;
import fi.mittari.campaign.web.CampaignPages.EventOption;
import fi.mittari.campaign.web.CampaignPages.Form;
import fi.mittari.campaign.web.CampaignPages.ListPage;
import fi.mittari.campaign.web.CampaignPages.Option;
import fi.mittari.campaign.web.CampaignPages.Problem;
import fi.mittari.context.Event;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import jakarta.inject.Singleton;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the campaign pages' view models: projects and events by name, states and modes as message-key suffixes. */
@Singleton
class CampaignViews {

    private final Campaigns campaigns;
    private final CountingCampaign counting;
    private final InvitationMailStatus mailStatus;
    private final QuestionnaireCatalog questionnaires;
    private final Projects projects;
    private final Clock clock;
    private final ZoneId zone;

    CampaignViews(
            Campaigns campaigns,
            CountingCampaign counting,
            InvitationMailStatus mailStatus,
            QuestionnaireCatalog questionnaires,
            Projects projects,
            Clock clock,
            ZoneId zone) {
        this.campaigns = campaigns;
        this.counting = counting;
        this.mailStatus = mailStatus;
        this.questionnaires = questionnaires;
        this.projects = projects;
        this.clock = clock;
        this.zone = zone;
    }

    ListPage list() {
        Map<Long, String> projectNames = projects.all().stream().collect(Collectors.toMap(Project::id, Project::name));
        var rows = campaigns.all().stream()
                .map(c -> {
                    long submitted = campaigns.completedResponses(c);
                    return new ListPage.Row(
                            c.slug(),
                            c.title(),
                            questionnaireOf(c),
                            c.projectId() == null ? "" : projectNames.getOrDefault(c.projectId(), ""),
                            suffix(c.stateAt(clock.instant(), submitted)),
                            suffix(c.accessMode()),
                            submitted);
                })
                .toList();
        return new ListPage(rows);
    }

    DetailPage detail(Campaign campaign, List<Problem> invitationProblems, DetailPage.Reopening reopening) {
        var counts = counting.counts(campaign);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<DetailPage.Day> days = new ArrayList<>();
        for (int i = 0; i < CountingCampaign.DAYS; i++) {
            LocalDate day = today.minusDays(i);
            days.add(new DetailPage.Day(day, counts.submittedByDay().getOrDefault(day, 0L)));
        }
        Optional<Event> event = Optional.ofNullable(campaign.eventCode()).flatMap(projects::event);
        var settings = new DetailPage.Settings(
                projectOf(campaign).map(Project::name).orElse(""),
                event.map(Event::name).orElse(""),
                event.map(Event::startsOn).orElse(null),
                campaign.openingDay(zone).orElse(null),
                campaign.lastDay(zone).orElse(null),
                suffix(campaign.accessMode()),
                campaign.offeredLanguages().stream().map(Language::code).toList(),
                campaign.responseCap(),
                suffix(campaign.purpose()));
        return new DetailPage(
                campaign.slug(),
                campaign.title(),
                questionnaireOf(campaign),
                campaign.accessMode() == AccessMode.INVITATION ? "" : "/s/" + campaign.slug(),
                suffix(campaign.stateAt(clock.instant(), counts.submitted())),
                settings,
                new DetailPage.Counts(
                        counts.submitted(), counts.inProgress(), counts.invited(), counts.invitationsAnswered(), days),
                campaign.accessMode() == AccessMode.INVITATION,
                invitationProblems,
                reopening,
                mailStatus.rate(campaign));
    }

    /** The stored campaign as its edit form shows it. */
    CampaignForm current(Campaign campaign) {
        return CampaignForm.of(
                campaign,
                zone,
                questionnaires
                        .version(campaign.questionnaireVersionId())
                        .map(StoredQuestionnaire::key)
                        .orElse(""),
                projectOf(campaign).map(Project::code).orElse(""));
    }

    Form form(boolean isNew, String action, CampaignForm values, List<FieldProblem> problems, Locale locale) {
        return new Form(
                isNew,
                action,
                values,
                choices(locale),
                problems.stream().map(Problem::of).toList());
    }

    /** Questionnaires by title in the page's language, and projects and their events by name. */
    private Choices choices(Locale locale) {
        Language language = Language.fromCode(locale.getLanguage()).orElse(Language.FI);
        Collator collator = Collator.getInstance(locale);
        List<Option> questionnaireOptions = questionnaires.latestVersions().stream()
                .map(q -> new Option(
                        q.key(),
                        q.questionnaire().title().in(language, q.questionnaire().defaultLanguage()) + " (" + q.key()
                                + ")"))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
        List<Project> byName = projects.all().stream()
                .sorted(Comparator.comparing(Project::name, collator))
                .toList();
        Map<Long, List<Event>> eventsByProject =
                projects.events().stream().collect(Collectors.groupingBy(Event::projectId));
        List<EventGroup> groups = byName.stream()
                .filter(p -> eventsByProject.containsKey(p.id()))
                .map(p -> new EventGroup(
                        p.code(),
                        p.name(),
                        eventsByProject.get(p.id()).stream()
                                .map(e -> new EventOption(e.code(), e.name(), e.startsOn()))
                                .toList()))
                .toList();
        return new Choices(
                questionnaireOptions,
                byName.stream().map(p -> new Option(p.code(), p.name())).toList(),
                groups);
    }

    private Optional<Project> projectOf(Campaign campaign) {
        return Optional.ofNullable(campaign.projectId()).flatMap(projects::byId);
    }

    private String questionnaireOf(Campaign campaign) {
        return questionnaires
                .version(campaign.questionnaireVersionId())
                .map(q -> q.key() + " v" + q.versionNumber())
                .orElse("?");
    }

    /** An enum constant as the suffix of its message key: NOT_YET_OPEN → not_yet_open. */
    private static String suffix(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
