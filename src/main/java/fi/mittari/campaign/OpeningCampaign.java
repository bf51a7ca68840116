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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Opens a questionnaire to respondents, and changes an open campaign: checks the request field by field and stores it. */
@Singleton
public class OpeningCampaign {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final Pattern EVENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final int LONGEST_THANK_YOU = 2000;

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    private final CampaignRepository campaigns;
    private final Projects projects;
    private final QuestionnaireCatalog questionnaires;
    private final Clock clock;

    OpeningCampaign(CampaignRepository campaigns, Projects projects, QuestionnaireCatalog questionnaires, Clock clock) {
        this.campaigns = campaigns;
        this.projects = projects;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Transactional
    public OpeningOutcome open(OpenCampaign request) {
        List<FieldProblem> problems = new ArrayList<>();
        String slug = request.slug() == null ? "" : request.slug().trim();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new FieldProblem(
                    "slug",
                    "must be 3–64 characters: lowercase letters, digits and hyphens,"
                            + " starting with a letter or digit"));
        }
        Optional<StoredQuestionnaire> questionnaire =
                Optional.ofNullable(request.questionnaireKey()).flatMap(questionnaires::latest);
        if (questionnaire.isEmpty()) {
            problems.add(new FieldProblem(
                    "questionnaire", "no questionnaire with key '" + request.questionnaireKey() + "'"));
        }
        Checked checked =
                check(request, questionnaire.map(q -> q.questionnaire().languages()), problems);
        if (!problems.isEmpty()) {
            return new OpeningOutcome.Refused(problems);
        }
        if (campaigns.existsBySlug(slug)) {
            return new OpeningOutcome.SlugTaken(new FieldProblem("slug", "'" + slug + "' is already in use"));
        }
        Campaign campaign = campaigns.save(checked.applyTo(new Campaign(
                null,
                slug,
                checked.title,
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
     * Changes a campaign's title, times, access mode, languages, cap, event and thank-you texts; the slug and the
     * questionnaire version stay (responses and invitations point at them). Absent optional fields are cleared.
     */
    @Transactional
    public OpeningOutcome change(String slug, OpenCampaign request) {
        Optional<Campaign> existing = campaigns.findBySlug(slug);
        if (existing.isEmpty()) {
            return new OpeningOutcome.Refused(List.of(new FieldProblem("slug", "no campaign '" + slug + "'")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        var languages = questionnaires
                .version(existing.get().questionnaireVersionId())
                .map(q -> q.questionnaire().languages());
        Checked checked = check(request, languages, problems);
        if (!problems.isEmpty()) {
            return new OpeningOutcome.Refused(problems);
        }
        return new OpeningOutcome.Opened(campaigns.update(checked.applyTo(existing.get())));
    }

    private Checked check(OpenCampaign request, Optional<List<Language>> offered, List<FieldProblem> problems) {
        Instant now = clock.instant();
        var settings = request.settings();
        String title = request.title() == null ? "" : request.title().trim();
        if (title.isEmpty() || title.length() > 255) {
            problems.add(new FieldProblem("title", "must be 1–255 characters"));
        }
        Optional<Instant> closesAt = request.closesAt().flatMap(text -> time("closesAt", text, 1, problems));
        closesAt.filter(closes -> !closes.isAfter(now))
                .ifPresent(
                        closes -> problems.add(new FieldProblem("closesAt", "must be in the future, was " + closes)));
        Optional<Instant> opensAt = settings.opensAt().flatMap(text -> time("opensAt", text, 0, problems));
        if (opensAt.isPresent() && closesAt.isPresent() && !opensAt.get().isBefore(closesAt.get())) {
            problems.add(new FieldProblem("opensAt", "must be before closesAt"));
        }
        Optional<Project> project = request.projectCode().flatMap(projects::byCode);
        if (request.projectCode().isPresent() && project.isEmpty()) {
            problems.add(new FieldProblem(
                    "project", "no project with code '" + request.projectCode().get() + "'"));
        }
        Optional<Event> event = event(settings.eventCode(), problems);
        if (event.isPresent()
                && project.isPresent()
                && event.get().projectId() != project.get().id()) {
            problems.add(new FieldProblem(
                    "project",
                    "the event '" + event.get().code() + "' belongs to another project; leave the project empty"
                            + " or name the event's"));
        }
        Optional<Long> projectId = project.map(Project::id).or(() -> event.map(Event::projectId));
        CampaignPurpose purpose =
                settings.purpose().map(text -> purpose(text, problems)).orElse(CampaignPurpose.SURVEY);
        AccessMode mode =
                settings.accessMode().map(text -> accessMode(text, problems)).orElse(AccessMode.PUBLIC);
        List<Language> languages = languages(settings.languages(), offered.orElse(List.of()), problems);
        Optional<Integer> responseCap = settings.responseCap().flatMap(text -> responseCap(text, problems));
        Map<Language, String> thankYou = thankYou(settings.thankYou(), problems);
        return new Checked(
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

    private Optional<Event> event(Optional<String> code, List<FieldProblem> problems) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (!EVENT_CODE.matcher(code.get()).matches()) {
            problems.add(new FieldProblem("event", "must be 1–64 letters, digits, dots, hyphens or underscores"));
            return Optional.empty();
        }
        Optional<Event> event = projects.event(code.get());
        if (event.isEmpty()) {
            problems.add(new FieldProblem("event", "no event with code '" + code.get() + "'"));
        }
        return event;
    }

    private static CampaignPurpose purpose(String text, List<FieldProblem> problems) {
        try {
            return CampaignPurpose.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("purpose", "must be survey or sign_in, was '" + text + "'"));
            return CampaignPurpose.SURVEY;
        }
    }

    /** A date alone means the start ({@code dayOffset} 0) or the end (1) of that day in Finland. */
    private static Optional<Instant> time(String field, String text, int dayOffset, List<FieldProblem> problems) {
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text)
                        .plusDays(dayOffset)
                        .atStartOfDay(FINLAND)
                        .toInstant());
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(
                    field, "'" + text + "' is not a date like 2026-12-31 or a time like 2026-12-31T22:00:00Z"));
            return Optional.empty();
        }
    }

    private static Optional<Integer> responseCap(String text, List<FieldProblem> problems) {
        try {
            int cap = Integer.parseInt(text.strip());
            if (cap >= 1) {
                return Optional.of(cap);
            }
            problems.add(new FieldProblem("responseCap", "must be at least 1, was " + cap));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("responseCap", "must be a whole number of at least 1, was '" + text + "'"));
        }
        return Optional.empty();
    }

    private static AccessMode accessMode(String text, List<FieldProblem> problems) {
        try {
            return AccessMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("accessMode", "must be public, invitation or kiosk, was '" + text + "'"));
            return AccessMode.PUBLIC;
        }
    }

    private static List<Language> languages(List<String> codes, List<Language> offered, List<FieldProblem> problems) {
        List<Language> chosen = new ArrayList<>();
        for (String code : codes) {
            Optional<Language> language = Language.fromCode(code);
            if (language.isEmpty() || (!offered.isEmpty() && !offered.contains(language.get()))) {
                problems.add(new FieldProblem(
                        "languages",
                        "'" + code + "' is not one of the questionnaire's languages "
                                + offered.stream().map(Language::code).toList()));
            } else if (!chosen.contains(language.get())) {
                chosen.add(language.get());
            }
        }
        return chosen;
    }

    private static Map<Language, String> thankYou(Map<String, String> texts, List<FieldProblem> problems) {
        Map<Language, String> byLanguage = new java.util.EnumMap<>(Language.class);
        texts.forEach((code, text) -> {
            Optional<Language> language = Language.fromCode(code);
            if (language.isEmpty()) {
                problems.add(new FieldProblem("thankYou." + code, "is not a language: use fi, sv or en"));
            } else if (text != null && text.length() > LONGEST_THANK_YOU) {
                problems.add(
                        new FieldProblem("thankYou." + code, "must be at most " + LONGEST_THANK_YOU + " characters"));
            } else if (text != null && !text.isBlank()) {
                byLanguage.put(language.get(), text.trim());
            }
        });
        return byLanguage;
    }

    /** The checked fields, ready to apply to a new or an existing campaign. */
    private record Checked(
            String title,
            Long projectId,
            Instant opensAt,
            Instant closesAt,
            AccessMode mode,
            List<Language> languages,
            Integer responseCap,
            String eventCode,
            Map<Language, String> thankYou,
            CampaignPurpose purpose) {

        Campaign applyTo(Campaign campaign) {
            return new Campaign(
                    campaign.id(),
                    campaign.slug(),
                    title,
                    campaign.questionnaireVersionId(),
                    projectId,
                    closesAt,
                    campaign.createdAt(),
                    opensAt,
                    mode,
                    languages.isEmpty()
                            ? null
                            : String.join(
                                    ",", languages.stream().map(Language::code).toList()),
                    responseCap,
                    eventCode,
                    thankYou.get(Language.FI),
                    thankYou.get(Language.SV),
                    thankYou.get(Language.EN),
                    purpose);
        }
    }
}
