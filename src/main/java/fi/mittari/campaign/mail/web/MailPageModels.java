package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.mail.InvitationMailStatus;
import fi.mittari.campaign.mail.MailKind;
import fi.mittari.campaign.mail.MailTemplate;
import fi.mittari.campaign.mail.MailWording;
import fi.mittari.campaign.mail.ReminderSchedule;
import fi.mittari.campaign.mail.web.MailPages.Editor;
import fi.mittari.campaign.mail.web.MailPages.Page;
import fi.mittari.campaign.mail.web.MailPages.Problem;
import fi.mittari.mail.SmtpSettings;
import fi.mittari.questionnaire.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The campaign's email page as its two controllers draw it: the recipients and reminders part
 * ({@link MailPagesController}) and the message editor ({@link MailTemplateController}), each showing the rest as stored.
 */
@Singleton
class MailPageModels {

    private final Campaigns campaigns;
    private final InvitationMailStatus status;
    private final MailWording wording;
    private final ReminderSchedule schedule;
    private final SmtpSettings smtp;

    MailPageModels(
            Campaigns campaigns,
            InvitationMailStatus status,
            MailWording wording,
            ReminderSchedule schedule,
            SmtpSettings smtp) {
        this.campaigns = campaigns;
        this.status = status;
        this.wording = wording;
        this.schedule = schedule;
        this.smtp = smtp;
    }

    Page page(
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
    Page editing(Campaign campaign, Editor editor) {
        return page(campaign, null, "", List.of(), null, null, editor);
    }

    Editor standardEditor(Campaign campaign) {
        Language language = MailPages.defaultLanguage(campaign);
        return editor(
                MailKind.INVITATION,
                language,
                wording.template(campaign.id(), MailKind.INVITATION, language),
                null,
                false,
                List.of());
    }

    static Editor editor(
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

    HttpResponse<?> withCampaign(String slug, Function<Campaign, HttpResponse<?>> then) {
        return campaigns.bySlug(slug).<HttpResponse<?>>map(then).orElseGet(HttpResponse::notFound);
    }

    static ModelAndView<?> view(Page page) {
        return new ModelAndView<>("campaigns/mail", Map.of("page", page));
    }
}
