package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.mail.InvitationMailStatus;
import fi.mittari.campaign.mail.InvitingByEmail;
import fi.mittari.campaign.mail.InvitingOutcome;
import fi.mittari.campaign.mail.MailKind;
import fi.mittari.campaign.mail.MailTemplate;
import fi.mittari.campaign.mail.MailWording;
import fi.mittari.campaign.mail.RecipientLists;
import fi.mittari.campaign.mail.RecipientProblem;
import fi.mittari.campaign.mail.ReminderSchedule;
import fi.mittari.questionnaire.Language;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import fi.mittari.web.SheetUpload;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A campaign's invitations by email: recipients added as JSON or as a CSV/XLSX sheet, the message wording and the
 * reminder schedule set, and the response rate with every recipient's delivery status read back.
 */
@ApiErrors
@Controller("/api/campaigns/{slug}/mail")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class MailApiController {

    private final Campaigns campaigns;
    private final InvitingByEmail inviting;
    private final InvitationMailStatus status;
    private final MailWording wording;
    private final ReminderSchedule schedule;

    MailApiController(
            Campaigns campaigns,
            InvitingByEmail inviting,
            InvitationMailStatus status,
            MailWording wording,
            ReminderSchedule schedule) {
        this.campaigns = campaigns;
        this.inviting = inviting;
        this.status = status;
        this.wording = wording;
        this.schedule = schedule;
    }

    @Post("/recipients")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(
            responseCode = "201",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = Queued.class)))
    HttpResponse<?> addListed(String slug, @Body RecipientsRequest request) {
        return withCampaign(slug, campaign -> {
            List<RecipientLists.Entry> entries = request.recipients() == null
                    ? List.of()
                    : request.recipients().stream()
                            .map(e -> new RecipientLists.Entry(e.email(), e.name(), e.language(), e.pseudonym()))
                            .toList();
            var reading = RecipientLists.listed(entries, MailPages.defaultLanguage(campaign));
            return answer(campaign, reading, "recipients[");
        });
    }

    @Post("/recipients")
    @Consumes({SheetUpload.CSV, SheetUpload.XLSX})
    @ApiResponse(
            responseCode = "201",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = Queued.class)))
    HttpResponse<?> addSheet(String slug, @Body byte[] file, HttpRequest<?> request) {
        return withCampaign(
                slug,
                campaign -> SheetUpload.read(
                        file,
                        request,
                        sheet -> answer(
                                campaign,
                                RecipientLists.sheet(
                                        new fi.mittari.sheet.SheetReading.Read(sheet),
                                        MailPages.defaultLanguage(campaign)),
                                "row ")));
    }

    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = MailStatus.class)))
    HttpResponse<?> show(String slug) {
        return withCampaign(slug, campaign -> {
            var rate = status.rate(campaign);
            var recipients = status.recipients(campaign).stream()
                    .map(r -> new Recipient(
                            r.email(),
                            r.name(),
                            r.language(),
                            r.pseudonym(),
                            r.shown(),
                            r.lastError(),
                            r.attempts(),
                            r.invitedAt(),
                            r.remindersSent()))
                    .toList();
            return HttpResponse.ok(new MailStatus(
                    new Rate(rate.invited(), rate.reached(), rate.started(), rate.complete()),
                    schedule.of(campaign),
                    recipients));
        });
    }

    @Put("/schedule")
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = ScheduleRequest.class)))
    HttpResponse<?> setSchedule(String slug, @Body ScheduleRequest request) {
        return withCampaign(slug, campaign -> {
            String days = request.reminderDays() == null
                    ? ""
                    : request.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(","));
            return schedule.save(campaign, days)
                    .<HttpResponse<?>>map(
                            p -> HttpResponse.unprocessableEntity().body(refusal(List.of(p), "")))
                    .orElseGet(() -> HttpResponse.ok(new ScheduleRequest(schedule.of(campaign))));
        });
    }

    @Get("/templates/{kind}/{language}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = TemplateBody.class)))
    HttpResponse<?> template(String slug, String kind, String language) {
        return withCampaign(
                slug,
                campaign -> withKindAndLanguage(kind, language, (k, l) -> {
                    MailTemplate template = wording.template(campaign.id(), k, l);
                    return HttpResponse.ok(new TemplateBody(template.subject(), template.body()));
                }));
    }

    @Put("/templates/{kind}/{language}")
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = TemplateBody.class)))
    HttpResponse<?> saveTemplate(String slug, String kind, String language, @Body TemplateBody body) {
        return withCampaign(
                slug,
                campaign -> withKindAndLanguage(kind, language, (k, l) -> {
                    var template = new MailTemplate(
                            body.subject() == null ? "" : body.subject(), body.body() == null ? "" : body.body());
                    var problems = wording.save(campaign, k, l, template);
                    if (!problems.isEmpty()) {
                        return HttpResponse.unprocessableEntity()
                                .body(new ApiProblem(
                                        "The template was not saved",
                                        problems.stream()
                                                .map(p -> new ApiProblem.Detail(p.field(), "invalid", p.message()))
                                                .toList()));
                    }
                    return HttpResponse.ok(body);
                }));
    }

    private HttpResponse<?> answer(Campaign campaign, RecipientLists.Reading reading, String linePrefix) {
        if (reading instanceof RecipientLists.Reading.Refused refused) {
            return HttpResponse.unprocessableEntity().body(refusal(refused.problems(), linePrefix));
        }
        var outcome = inviting.invite(campaign, ((RecipientLists.Reading.Read) reading).recipients());
        if (outcome instanceof InvitingOutcome.Refused refused) {
            return HttpResponse.unprocessableEntity().body(refusal(refused.problems(), linePrefix));
        }
        return HttpResponse.created(new Queued(((InvitingOutcome.Queued) outcome).count()));
    }

    /** Problems by field: "recipients[0].email" for JSON entries, "row 3: email" for a sheet's rows. */
    private static ApiProblem refusal(List<RecipientProblem> problems, String linePrefix) {
        return new ApiProblem(
                "No recipient was added",
                problems.stream()
                        .map(p -> new ApiProblem.Detail(field(p, linePrefix), p.reason(), p.message()))
                        .toList());
    }

    private static String field(RecipientProblem problem, String linePrefix) {
        if (problem.line() == 0 || linePrefix.isEmpty()) {
            return problem.field();
        }
        return linePrefix.equals("recipients[")
                ? "recipients[" + (problem.line() - 1) + "]." + problem.field()
                : linePrefix + problem.line() + ": " + problem.field();
    }

    private HttpResponse<?> withCampaign(String slug, Function<Campaign, HttpResponse<?>> then) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        return campaign.<HttpResponse<?>>map(then)
                .orElseGet(() -> HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'")));
    }

    private static HttpResponse<?> withKindAndLanguage(
            String kind, String language, java.util.function.BiFunction<MailKind, Language, HttpResponse<?>> then) {
        Optional<MailKind> mailKind = MailPages.kind(kind);
        Optional<Language> mailLanguage = Language.fromCode(language);
        if (mailKind.isEmpty() || mailLanguage.isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("Templates are invitation or reminder, in fi, sv or en; not '"
                    + kind.toLowerCase(Locale.ROOT) + "/" + language + "'"));
        }
        return then.apply(mailKind.get(), mailLanguage.get());
    }

    @Serdeable
    record RecipientsRequest(@Nullable List<Entry> recipients) {}

    /** One recipient: only {@code email} is required; language fi, sv or en (default: the campaign's first). */
    @Serdeable
    record Entry(String email, @Nullable String name, @Nullable String language, @Nullable String pseudonym) {}

    @Serdeable
    record Queued(int queued) {}

    @Serdeable
    record ScheduleRequest(@Nullable List<Integer> reminderDays) {}

    @Serdeable
    record TemplateBody(@Nullable String subject, @Nullable String body) {}

    @Serdeable
    record Rate(long invited, long reached, long started, long complete) {}

    /** A recipient with where their messages stand; {@code email} and {@code name} are null once erased. */
    @Serdeable
    record Recipient(
            @Nullable String email,
            @Nullable String name,
            String language,
            String pseudonym,
            String status,
            @Nullable String lastError,
            int attempts,
            @Nullable Instant invitedAt,
            int remindersSent) {}

    @Serdeable
    record MailStatus(Rate rate, List<Integer> reminderDays, List<Recipient> recipients) {}
}
