package fi.mittari.campaign;

import fi.mittari.campaign.persistence.CampaignRepository;
import fi.mittari.campaign.persistence.ProjectRepository;
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
import java.util.Optional;
import java.util.regex.Pattern;

/** Opens a questionnaire to respondents: checks the request field by field and stores the campaign. */
@Singleton
public class OpeningCampaign {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    private final CampaignRepository campaigns;
    private final ProjectRepository projects;
    private final QuestionnaireCatalog questionnaires;
    private final Clock clock;

    OpeningCampaign(
            CampaignRepository campaigns,
            ProjectRepository projects,
            QuestionnaireCatalog questionnaires,
            Clock clock) {
        this.campaigns = campaigns;
        this.projects = projects;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    private static Optional<Instant> closingTime(String text, List<FieldProblem> problems) {
        try {
            if (text.length() == 10) {
                return Optional.of(
                        LocalDate.parse(text).plusDays(1).atStartOfDay(FINLAND).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(
                    "closesAt",
                    "'" + text + "' is not a date like 2026-12-31 or a time like" + " 2026-12-31T22:00:00Z"));
            return Optional.empty();
        }
    }

    @Transactional
    public OpeningOutcome open(OpenCampaign request) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant now = clock.instant();
        String slug = request.slug() == null ? "" : request.slug().trim();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new FieldProblem(
                    "slug",
                    "must be 3–64 characters: lowercase letters, digits and hyphens,"
                            + " starting with a letter or digit"));
        }
        String title = request.title() == null ? "" : request.title().trim();
        if (title.isEmpty() || title.length() > 255) {
            problems.add(new FieldProblem("title", "must be 1–255 characters"));
        }
        Optional<StoredQuestionnaire> questionnaire =
                Optional.ofNullable(request.questionnaireKey()).flatMap(questionnaires::latest);
        if (questionnaire.isEmpty()) {
            problems.add(new FieldProblem(
                    "questionnaire", "no questionnaire with key '" + request.questionnaireKey() + "'"));
        }
        Optional<Instant> closesAt = request.closesAt().flatMap(text -> closingTime(text, problems));
        closesAt.filter(closes -> !closes.isAfter(now))
                .ifPresent(
                        closes -> problems.add(new FieldProblem("closesAt", "must be in the future, was " + closes)));
        Optional<Project> project = request.projectCode().flatMap(projects::findByCode);
        if (request.projectCode().isPresent() && project.isEmpty()) {
            problems.add(new FieldProblem(
                    "project", "no project with code '" + request.projectCode().get() + "'"));
        }
        if (!problems.isEmpty()) {
            return new OpeningOutcome.Refused(problems);
        }
        if (campaigns.existsBySlug(slug)) {
            return new OpeningOutcome.SlugTaken(new FieldProblem("slug", "'" + slug + "' is already in use"));
        }
        Campaign campaign = campaigns.save(new Campaign(
                null,
                slug,
                title,
                questionnaire.get().versionId(),
                project.map(Project::id).orElse(null),
                closesAt.orElse(null),
                now));
        return new OpeningOutcome.Opened(campaign);
    }
}
