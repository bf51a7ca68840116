package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.mail.InvitingByEmail;
import fi.mittari.campaign.mail.InvitingOutcome;
import fi.mittari.campaign.mail.MailKind;
import fi.mittari.campaign.mail.MailTemplate;
import fi.mittari.campaign.mail.MailWording;
import fi.mittari.campaign.mail.RecipientLists;
import fi.mittari.campaign.mail.RecipientProblem;
import fi.mittari.campaign.mail.ReminderSchedule;
import fi.mittari.campaign.mail.web.MailFormPosts.RecipientsPost;
import fi.mittari.campaign.mail.web.MailFormPosts.SchedulePost;
import fi.mittari.campaign.mail.web.MailPages.Editor;
import fi.mittari.campaign.mail.web.MailPages.Problem;
import fi.mittari.questionnaire.Language;
import fi.mittari.security.Roles;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetReading;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The campaign's email page (/staff/campaigns/{slug}/mail): add recipients (pasted or a CSV/XLSX file), set the
 * reminder days, and watch the response rate and every recipient's delivery status; the messages' editor on the same
 * page is {@link MailTemplateController}'s. Works without JavaScript: every action is a form, answered by the page
 * again or a redirect to it.
 */
@Controller("/staff/campaigns/{slug}/mail")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class MailPagesController {

    private final InvitingByEmail inviting;
    private final MailWording wording;
    private final ReminderSchedule schedule;
    private final MailPageModels models;

    MailPagesController(
            InvitingByEmail inviting, MailWording wording, ReminderSchedule schedule, MailPageModels models) {
        this.inviting = inviting;
        this.wording = wording;
        this.schedule = schedule;
        this.models = models;
    }

    @Get
    HttpResponse<?> show(
            String slug,
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue String language,
            @Nullable @QueryValue Integer added,
            @Nullable @QueryValue Boolean saved) {
        return models.withCampaign(slug, campaign -> {
            MailKind mailKind = MailPages.kind(kind).orElse(MailKind.INVITATION);
            Language mailLanguage = Language.fromCode(language).orElse(MailPages.defaultLanguage(campaign));
            MailTemplate template = wording.template(campaign.id(), mailKind, mailLanguage);
            Editor editor = MailPageModels.editor(
                    mailKind, mailLanguage, template, null, Boolean.TRUE.equals(saved), List.of());
            return HttpResponse.ok(
                    MailPageModels.view(models.page(campaign, added, "", List.of(), null, null, editor)));
        });
    }

    @Post("/recipients")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addPasted(String slug, @Body RecipientsPost form) {
        return models.withCampaign(slug, campaign -> {
            String text = form.recipients();
            return added(campaign, RecipientLists.pasted(text, MailPages.defaultLanguage(campaign)), text);
        });
    }

    @Post("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> addUploaded(String slug, @Nullable CompletedFileUpload file) {
        return models.withCampaign(slug, campaign -> {
            SheetReading reading = read(file);
            return added(campaign, RecipientLists.sheet(reading, MailPages.defaultLanguage(campaign)), "");
        });
    }

    @Post("/schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setSchedule(String slug, @Body SchedulePost form) {
        return models.withCampaign(slug, campaign -> {
            String days = form.reminderDays();
            Optional<RecipientProblem> problem = schedule.save(campaign, days);
            if (problem.isEmpty()) {
                return HttpResponse.seeOther(URI.create("/staff/campaigns/" + slug + "/mail#reminders"));
            }
            return HttpResponse.unprocessableEntity()
                    .body(MailPageModels.view(models.page(
                            campaign,
                            null,
                            "",
                            List.of(),
                            days,
                            Problem.of(problem.get()),
                            models.standardEditor(campaign))));
        });
    }

    private HttpResponse<?> added(Campaign campaign, RecipientLists.Reading reading, String typed) {
        return reading.accept(new RecipientLists.Reading.Cases<HttpResponse<?>>() {
            @Override
            public HttpResponse<?> read(RecipientLists.Reading.Read read) {
                return inviting.invite(campaign, read.recipients()).accept(new InvitingOutcome.Cases<>() {
                    @Override
                    public HttpResponse<?> queued(InvitingOutcome.Queued queued) {
                        return HttpResponse.seeOther(URI.create(
                                "/staff/campaigns/" + campaign.slug() + "/mail?added=" + queued.count() + "#added"));
                    }

                    @Override
                    public HttpResponse<?> refused(InvitingOutcome.Refused refused) {
                        return notAdded(campaign, refused.problems(), typed);
                    }
                });
            }

            @Override
            public HttpResponse<?> refused(RecipientLists.Reading.Refused refused) {
                return notAdded(campaign, refused.problems(), typed);
            }
        });
    }

    private HttpResponse<?> notAdded(Campaign campaign, List<RecipientProblem> problems, String typed) {
        return HttpResponse.unprocessableEntity()
                .body(MailPageModels.view(models.page(
                        campaign,
                        null,
                        typed,
                        problems.stream().map(Problem::of).toList(),
                        null,
                        null,
                        models.standardEditor(campaign))));
    }

    private static SheetReading read(@Nullable CompletedFileUpload file) {
        if (file == null || file.getSize() == 0) {
            return new SheetReading.Unreadable("no file was chosen");
        }
        if (file.getSize() > ResponseSheet.MAX_BYTES) {
            return new SheetReading.Unreadable("the file is larger than 10 MB");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean csv = file.getContentType()
                        .map(MediaType::getName)
                        .filter("text/csv"::equalsIgnoreCase)
                        .isPresent()
                || file.getFilename().toLowerCase(Locale.ROOT).endsWith(".csv");
        return csv
                ? ResponseSheet.csv(bytes, ResponseSheet.MAX_ROWS)
                : ResponseSheet.xlsx(bytes, ResponseSheet.MAX_ROWS);
    }
}
