package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.AccessMode;
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
import fi.mittari.campaign.mail.web.MailPages.Editor;
import fi.mittari.campaign.mail.web.MailPages.Page;
import fi.mittari.campaign.mail.web.MailPages.Problem;
import fi.mittari.mail.SmtpSettings;
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
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The campaign's email page (/staff/campaigns/{slug}/mail): add recipients (pasted or a CSV/XLSX file), set the
 * reminder days, word and preview each message per language, and watch the response rate and every recipient's
 * delivery status. Works without JavaScript: every action is a form, answered by the page again or a redirect to it.
 */
@Controller("/staff/campaigns/{slug}/mail")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class MailPagesController {

    private final Campaigns campaigns;
    private final InvitingByEmail inviting;
    private final InvitationMailStatus status;
    private final MailWording wording;
    private final ReminderSchedule schedule;
    private final SmtpSettings smtp;

    MailPagesController(
            Campaigns campaigns,
            InvitingByEmail inviting,
            InvitationMailStatus status,
            MailWording wording,
            ReminderSchedule schedule,
            SmtpSettings smtp) {
        this.campaigns = campaigns;
        this.inviting = inviting;
        this.status = status;
        this.wording = wording;
        this.schedule = schedule;
        this.smtp = smtp;
    }

    @Get
    HttpResponse<?> show(
            String slug,
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue String language,
            @Nullable @QueryValue Integer added,
            @Nullable @QueryValue Boolean saved) {
        return withCampaign(slug, campaign -> {
            MailKind mailKind = MailPages.kind(kind).orElse(MailKind.INVITATION);
            Language mailLanguage = Language.fromCode(language).orElse(MailPages.defaultLanguage(campaign));
            MailTemplate template = wording.template(campaign.id(), mailKind, mailLanguage);
            Editor editor = editor(mailKind, mailLanguage, template, null, Boolean.TRUE.equals(saved), List.of());
            return HttpResponse.ok(view(page(campaign, added, "", List.of(), null, null, editor)));
        });
    }

    @Post("/recipients")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addPasted(String slug, @Nullable @Body Map<String, Object> form) {
        return withCampaign(slug, campaign -> {
            String text = text(form, "recipients");
            return added(campaign, RecipientLists.pasted(text, MailPages.defaultLanguage(campaign)), text);
        });
    }

    @Post("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> addUploaded(String slug, @Nullable CompletedFileUpload file) {
        return withCampaign(slug, campaign -> {
            SheetReading reading = read(file);
            return added(campaign, RecipientLists.sheet(reading, MailPages.defaultLanguage(campaign)), "");
        });
    }

    @Post("/schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setSchedule(String slug, @Nullable @Body Map<String, Object> form) {
        return withCampaign(slug, campaign -> {
            String days = text(form, "reminderDays");
            Optional<RecipientProblem> problem = schedule.save(campaign, days);
            if (problem.isEmpty()) {
                return HttpResponse.seeOther(URI.create("/staff/campaigns/" + slug + "/mail#reminders"));
            }
            return HttpResponse.unprocessableEntity()
                    .body(view(page(
                            campaign, null, "", List.of(), days, Problem.of(problem.get()), standardEditor(campaign))));
        });
    }

    /** {@code action} preview shows the message as a recipient gets it, save stores it, standard restores the default. */
    @Post("/template")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> template(String slug, @Nullable @Body Map<String, Object> form) {
        return withCampaign(slug, campaign -> {
            MailKind kind = MailPages.kind(text(form, "kind")).orElse(MailKind.INVITATION);
            Language language = Language.fromCode(text(form, "language")).orElse(Language.FI);
            MailTemplate typed = new MailTemplate(text(form, "subject"), text(form, "body"));
            String action = text(form, "action");
            if (action.equals("standard")) {
                MailTemplate standard = wording.standard(kind, language);
                return HttpResponse.ok(
                        view(editing(campaign, editor(kind, language, standard, null, false, List.of()))));
            }
            if (action.equals("save")) {
                var problems = wording.save(campaign, kind, language, typed);
                if (problems.isEmpty()) {
                    return HttpResponse.seeOther(URI.create("/staff/campaigns/" + slug + "/mail?kind="
                            + MailPages.suffix(kind) + "&language=" + language.code() + "&saved=true#message"));
                }
                List<Problem> refused = problems.stream()
                        .map(p -> new Problem(0, p.field(), p.reason(), ""))
                        .toList();
                return HttpResponse.unprocessableEntity()
                        .body(view(editing(campaign, editor(kind, language, typed, null, false, refused))));
            }
            var rendered = wording.render(
                    typed, campaign.title(), campaign.closesAt(), sampleName(language), "ESIMERKKI", language);
            var preview = new MailPages.Preview(rendered.subject(), rendered.body());
            List<Problem> problems = typed.problems().stream()
                    .map(p -> new Problem(0, p.field(), p.reason(), ""))
                    .toList();
            return HttpResponse.ok(view(editing(campaign, editor(kind, language, typed, preview, false, problems))));
        });
    }

    private HttpResponse<?> added(Campaign campaign, RecipientLists.Reading reading, String typed) {
        List<RecipientProblem> problems;
        if (reading instanceof RecipientLists.Reading.Read read) {
            InvitingOutcome outcome = inviting.invite(campaign, read.recipients());
            if (outcome instanceof InvitingOutcome.Queued queued) {
                return HttpResponse.seeOther(
                        URI.create("/staff/campaigns/" + campaign.slug() + "/mail?added=" + queued.count() + "#added"));
            }
            problems = ((InvitingOutcome.Refused) outcome).problems();
        } else {
            problems = ((RecipientLists.Reading.Refused) reading).problems();
        }
        return HttpResponse.unprocessableEntity()
                .body(view(page(
                        campaign,
                        null,
                        typed,
                        problems.stream().map(Problem::of).toList(),
                        null,
                        null,
                        standardEditor(campaign))));
    }

    private Page page(
            Campaign campaign,
            @Nullable Integer added,
            String recipientsText,
            List<Problem> problems,
            @Nullable String reminderDays,
            @Nullable Problem scheduleProblem,
            Editor editor) {
        var rows = status.recipients(campaign);
        return new Page(
                campaign.slug(),
                campaign.title(),
                smtp.configured(),
                campaign.accessMode() == AccessMode.INVITATION,
                MailPages.Rate.of(status.rate(campaign)),
                added,
                recipientsText,
                problems,
                reminderDays != null
                        ? reminderDays
                        : schedule.of(campaign).stream().map(String::valueOf).collect(Collectors.joining(", ")),
                scheduleProblem,
                editor,
                rows.stream().map(MailPages.Row::of).toList(),
                rows.size() >= InvitationMailStatus.MOST_LISTED);
    }

    /** The page around a message being edited, the rest as stored. */
    private Page editing(Campaign campaign, Editor editor) {
        return page(campaign, null, "", List.of(), null, null, editor);
    }

    private Editor standardEditor(Campaign campaign) {
        Language language = MailPages.defaultLanguage(campaign);
        return editor(
                MailKind.INVITATION,
                language,
                wording.template(campaign.id(), MailKind.INVITATION, language),
                null,
                false,
                List.of());
    }

    private static Editor editor(
            MailKind kind,
            Language language,
            MailTemplate template,
            MailPages.@Nullable Preview preview,
            boolean saved,
            List<Problem> problems) {
        return new Editor(
                MailPages.suffix(kind),
                language.code(),
                template.subject(),
                template.body(),
                preview,
                saved,
                problems,
                MailPages.choices(kind, language));
    }

    /** The name a preview greets: a made-up one in the message's language. */
    private static String sampleName(Language language) {
        return switch (language) {
            case FI -> "Maija Meikäläinen";
            case SV -> "Maja Svensson";
            case EN -> "Jane Doe";
        };
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

    private HttpResponse<?> withCampaign(String slug, java.util.function.Function<Campaign, HttpResponse<?>> then) {
        return campaigns.bySlug(slug).<HttpResponse<?>>map(then).orElseGet(HttpResponse::notFound);
    }

    private static ModelAndView<?> view(Page page) {
        return new ModelAndView<>("campaigns/mail", Map.of("page", page));
    }

    private static String text(@Nullable Map<String, Object> form, String field) {
        Object value = form == null ? null : form.get(field);
        return value == null ? "" : value.toString();
    }
}
