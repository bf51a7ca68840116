package fi.mittari.campaign;

import fi.mittari.campaign.persistence.CampaignRepository;
import fi.mittari.context.Event;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Opens a questionnaire to respondents, and changes an open campaign: checks the request field by field and stores it. */
@Singleton
public class OpeningCampaign {

    private static final Pattern EVENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    private final CampaignRepository campaigns;
    private final RespondentCampaigns respondentCampaigns;
    private final Projects projects;
    private final QuestionnaireCatalog questionnaires;
    private final Clock clock;
    private final ZoneId zone;

    OpeningCampaign(
            CampaignRepository campaigns,
            RespondentCampaigns respondentCampaigns,
            Projects projects,
            QuestionnaireCatalog questionnaires,
            Clock clock,
            ZoneId zone) {
        this.campaigns = campaigns;
        this.respondentCampaigns = respondentCampaigns;
        this.projects = projects;
        this.questionnaires = questionnaires;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public OpeningOutcome open(OpenCampaign request) {
        List<FieldProblem> problems = new ArrayList<>();
        String slug = request.slug() == null ? "" : request.slug().trim();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(FieldProblem.of(
                    "slug",
                    "slugFormat",
                    "must be 3–64 characters: lowercase letters, digits and hyphens,"
                            + " starting with a letter or digit"));
        }
        Optional<StoredQuestionnaire> questionnaire =
                Optional.ofNullable(request.questionnaireKey()).flatMap(questionnaires::latest);
        if (questionnaire.isEmpty()) {
            String key = String.valueOf(request.questionnaireKey());
            problems.add(FieldProblem.of(
                    "questionnaire", "unknownQuestionnaire", "no questionnaire with key '" + key + "'", key));
        }
        CheckedCampaign checked =
                check(request, questionnaire.map(q -> q.questionnaire().languages()), Optional.empty(), problems);
        if (!problems.isEmpty()) {
            return new OpeningOutcome.Refused(problems);
        }
        if (campaigns.existsBySlug(slug)) {
            return new OpeningOutcome.SlugTaken(
                    FieldProblem.of("slug", "slugTaken", "'" + slug + "' is already in use", slug));
        }
        Campaign campaign = campaigns.save(checked.applyTo(new Campaign(
                null,
                slug,
                checked.title(),
                questionnaire.get().versionId(),
                null,
                null,
                clock.instant(),
                null,
                AccessMode.PUBLIC,
                null,
                null,
                null,
                null,
                null,
                null,
                CampaignPurpose.SURVEY)));
        return new OpeningOutcome.Opened(campaign);
    }

    /**
     * Changes a campaign's title, times, access mode, languages, cap, project, event and thank-you texts; the slug and
     * the questionnaire version stay (responses and invitations point at them). Absent optional fields are cleared. A
     * closing time already past may stay as it is (a closed campaign keeps its date), but not be set anew.
     */
    @Transactional
    public OpeningOutcome change(String slug, OpenCampaign request) {
        Optional<Campaign> existing = campaigns.findBySlug(slug);
        if (existing.isEmpty()) {
            return new OpeningOutcome.Refused(
                    List.of(FieldProblem.of("slug", "unknownCampaign", "no campaign '" + slug + "'", slug)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        var languages = questionnaires
                .version(existing.get().questionnaireVersionId())
                .map(q -> q.questionnaire().languages());
        CheckedCampaign checked = check(request, languages, existing, problems);
        if (!problems.isEmpty()) {
            return new OpeningOutcome.Refused(problems);
        }
        respondentCampaigns.changed();
        return new OpeningOutcome.Opened(campaigns.update(checked.applyTo(existing.get())));
    }

    private CheckedCampaign check(
            OpenCampaign request,
            Optional<List<Language>> offered,
            Optional<Campaign> existing,
            List<FieldProblem> problems) {
        Instant now = clock.instant();
        var settings = request.settings();
        String title = request.title() == null ? "" : request.title().trim();
        if (title.isEmpty() || title.length() > 255) {
            problems.add(FieldProblem.of("title", "titleLength", "must be 1–255 characters"));
        }
        // A date that names the stored time's day keeps the stored time: a campaign closed at 14.05 today, edited,
        // keeps
        // that close rather than taking answers until midnight.
        Optional<Instant> kept = existing.flatMap(Campaign::closingTime);
        Optional<Instant> closesAt = request.closesAt()
                .flatMap(text -> sameDay(text, existing.flatMap(c -> c.lastDay(zone)))
                        ? kept
                        : CampaignFields.time("closesAt", text, 1, zone, problems));
        closesAt.filter(closes -> !closes.isAfter(now) && !closes.equals(kept.orElse(null)))
                .ifPresent(closes -> problems.add(FieldProblem.of(
                        "closesAt",
                        "closesInPast",
                        "must be in the future, was " + closes,
                        request.closesAt().get())));
        Optional<Instant> opensAt = settings.opensAt()
                .flatMap(text -> sameDay(text, existing.flatMap(c -> c.openingDay(zone)))
                        ? existing.flatMap(Campaign::openingTime)
                        : CampaignFields.time("opensAt", text, 0, zone, problems));
        if (opensAt.isPresent() && closesAt.isPresent() && !opensAt.get().isBefore(closesAt.get())) {
            problems.add(FieldProblem.of("opensAt", "opensAfterCloses", "must be before closesAt"));
        }
        Optional<Project> project = request.projectCode().flatMap(projects::byCode);
        if (request.projectCode().isPresent() && project.isEmpty()) {
            String code = request.projectCode().get();
            problems.add(FieldProblem.of("project", "unknownProject", "no project with code '" + code + "'", code));
        }
        Optional<Event> event = event(settings.eventCode(), problems);
        if (event.isPresent()
                && project.isPresent()
                && !Objects.equals(event.get().projectId(), project.get().id())) {
            String owner =
                    projects.byId(event.get().projectId()).map(Project::name).orElse("");
            problems.add(FieldProblem.of(
                    "event",
                    "eventOfAnotherProject",
                    "the event '" + event.get().code() + "' belongs to another project; leave the project empty"
                            + " or name the event's",
                    event.get().name(),
                    owner));
        }
        Optional<Long> projectId = project.map(Project::id).or(() -> event.map(Event::projectId));
        CampaignPurpose purpose = settings.purpose()
                .map(text -> CampaignFields.purpose(text, problems))
                .orElse(CampaignPurpose.SURVEY);
        AccessMode mode = settings.accessMode()
                .map(text -> CampaignFields.accessMode(text, problems))
                .orElse(AccessMode.PUBLIC);
        List<Language> languages = CampaignFields.languages(settings.languages(), offered.orElse(List.of()), problems);
        Optional<Integer> responseCap =
                settings.responseCap().flatMap(text -> CampaignFields.responseCap(text, problems));
        Map<Language, String> thankYou = CampaignFields.thankYou(settings.thankYou(), problems);
        return new CheckedCampaign(
                title,
                projectId.orElse(null),
                opensAt.orElse(null),
                closesAt.orElse(null),
                mode,
                languages,
                responseCap.orElse(null),
                event.map(Event::code).orElse(null),
                thankYou,
                purpose);
    }

    private static boolean sameDay(String text, Optional<LocalDate> day) {
        return day.map(LocalDate::toString).filter(text::equals).isPresent();
    }

    private Optional<Event> event(Optional<String> code, List<FieldProblem> problems) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (!EVENT_CODE.matcher(code.get()).matches()) {
            problems.add(FieldProblem.of(
                    "event", "eventFormat", "must be 1–64 letters, digits, dots, hyphens or underscores"));
            return Optional.empty();
        }
        Optional<Event> event = projects.event(code.get());
        if (event.isEmpty()) {
            problems.add(
                    FieldProblem.of("event", "unknownEvent", "no event with code '" + code.get() + "'", code.get()));
        }
        return event;
    }
}
