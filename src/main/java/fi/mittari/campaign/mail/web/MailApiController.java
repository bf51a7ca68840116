package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.mail.InvitationMailStatus;
import fi.mittari.campaign.mail.InvitingByEmail;
import fi.mittari.campaign.mail.InvitingOutcome;
import fi.mittari.campaign.mail.RecipientLists;
import fi.mittari.campaign.mail.RecipientProblem;
import fi.mittari.campaign.mail.ReminderSchedule;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A campaign's invitations by email: recipients added as JSON or as a CSV/XLSX sheet, the reminder schedule set, and
 * the response rate with every recipient's delivery status read back. The wording is {@link MailTemplateApiController}'s.
 */
@ApiErrors
@Controller("/api/campaigns/{slug}/mail")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class MailApiController {

    private final Campaigns campaigns;
    private final InvitingByEmail inviting;
    private final InvitationMailStatus status;
    private final ReminderSchedule schedule;

    MailApiController(
            Campaigns campaigns, InvitingByEmail inviting, InvitationMailStatus status, ReminderSchedule schedule) {
        this.campaigns = campaigns;
        this.inviting = inviting;
        this.status = status;
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

    private HttpResponse<?> answer(Campaign campaign, RecipientLists.Reading reading, String linePrefix) {
        return reading.accept(new RecipientLists.Reading.Cases<HttpResponse<?>>() {
            @Override
            public HttpResponse<?> read(RecipientLists.Reading.Read read) {
                return inviting.invite(campaign, read.recipients()).accept(new InvitingOutcome.Cases<>() {
                    @Override
                    public HttpResponse<?> queued(InvitingOutcome.Queued queued) {
                        return HttpResponse.created(new Queued(queued.count()));
                    }

                    @Override
                    public HttpResponse<?> refused(InvitingOutcome.Refused refused) {
                        return HttpResponse.unprocessableEntity().body(refusal(refused.problems(), linePrefix));
                    }
                });
            }

            @Override
            public HttpResponse<?> refused(RecipientLists.Reading.Refused refused) {
                return HttpResponse.unprocessableEntity().body(refusal(refused.problems(), linePrefix));
            }
        });
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
