package fi.mittari.response.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignState;
import fi.mittari.questionnaire.Language;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.response.UnfinishedRetentionSetting;
import fi.mittari.web.PageLocale;
import fi.mittari.web.PublicAddress;
import fi.mittari.web.PublicAddress.LinkBase;
import fi.mittari.web.UiText;
import fi.mittari.web.i18n.Formatting;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plain pages a respondent may meet instead of a form: not found, not open yet, closed, full, thank you… */
@Singleton
class SurveyMessages {

    private final UiText ui;
    private final PublicAddress address;
    private final ZoneId zone;
    private final UnfinishedRetentionSetting unfinished;

    SurveyMessages(UiText ui, PublicAddress address, ZoneId zone, UnfinishedRetentionSetting unfinished) {
        this.ui = ui;
        this.address = address;
        this.zone = zone;
        this.unfinished = unfinished;
    }

    HttpResponse<?> notFound(@Nullable String lang, @Nullable String acceptLanguage) {
        Language language = RespondentLanguage.choose(
                List.of(Language.values()),
                Language.FI,
                Optional.ofNullable(lang),
                Optional.ofNullable(acceptLanguage));
        return message(HttpStatus.NOT_FOUND, language, "notfound");
    }

    /** Before opening, after closing and when full: a plain page that says so, with the date, not an error. */
    HttpResponse<?> notTakingAnswers(Campaign campaign, CampaignState state, Language language) {
        var when = formatting(language);
        if (state == CampaignState.NOT_YET_OPEN) {
            String opens = when.dateTime(campaign.openingTime().orElseThrow());
            return message(HttpStatus.OK, language, "notopen", opens);
        }
        if (state == CampaignState.FULL) {
            return message(HttpStatus.GONE, language, "full");
        }
        return campaign.closingTime()
                .<HttpResponse<?>>map(
                        closes -> message(HttpStatus.GONE, language, "closed.dated", when.dateTime(closes)))
                .orElseGet(() -> message(HttpStatus.GONE, language, "closed"));
    }

    /** The thank-you page; on a kiosk it offers an empty form to the next respondent. */
    HttpResponse<?> thanks(Campaign campaign, Language language) {
        String body = campaign.thankYou(language).orElseGet(() -> ui.get(language.locale(), "thanks.body"));
        String next =
                campaign.accessMode() == AccessMode.KIOSK ? "/s/" + campaign.slug() + "?lang=" + language.code() : "";
        var model = new MessagePage(
                language.code(),
                ui.get(language.locale(), "thanks.title"),
                body,
                ui.get(language.locale(), "skip.to.content"),
                next,
                next.isEmpty() ? "" : ui.get(language.locale(), "kiosk.next"),
                false);
        return HttpResponse.ok(new ModelAndView<>("survey/message", withCampaign(model, campaign)))
                .header("Cache-Control", "no-store");
    }

    /**
     * After "continue later": the resume link to keep, or (for an invitation) a reminder to use that link again, and
     * until when: unfinished answers are deleted some days after their last save, and a campaign may close sooner.
     */
    HttpResponse<?> resumeLater(Campaign campaign, Language language, String resumePath) {
        var locale = language.locale();
        String kept = ui.get(locale, "resume.kept", unfinished.unfinishedDays());
        String closes = campaign.closingTime()
                .map(time -> " "
                        + ui.get(locale, "resume.closes", formatting(language).dateTime(time)))
                .orElse("");
        var model = new MessagePage(
                language.code(),
                ui.get(locale, "resume.title"),
                ui.get(locale, resumePath.isEmpty() ? "resume.invited.body" : "resume.body") + " " + kept + closes,
                ui.get(locale, "skip.to.content"),
                resumePath.isEmpty() ? "" : resumeBase().of(resumePath + "?lang=" + language.code()),
                "",
                true);
        return HttpResponse.ok(new ModelAndView<>("survey/message", withCampaign(model, campaign)))
                .header("Cache-Control", "no-store");
    }

    /** The campaign named for the footer, which then links its privacy notice (see {@link RespondentFooter}). */
    private static Map<String, Object> withCampaign(MessagePage page, Campaign campaign) {
        return Map.of("page", page, RespondentFooter.CAMPAIGN, campaign.slug());
    }

    // as staff pages write a moment: "15.1.2027 00.00", in English "15 Jan 2027 00:00" (not the JDK's
    // Sweden-Swedish "15 jan. 2027" nor its American "Jan 15, 2027, 12:00 AM")
    private Formatting formatting(Language language) {
        return new Formatting(PageLocale.forLanguage(language.code()), zone);
    }

    /** Taken from the request being answered, so the form's flow need not hand it down to this page. */
    private LinkBase resumeBase() {
        return ServerRequestContext.currentRequest()
                .map(address::forRespondent)
                .or(address::configured)
                .orElse(new LinkBase(""));
    }

    HttpResponse<?> message(HttpStatus status, Language language, String page) {
        return message(status, language, page, "");
    }

    /** {@code argument} fills the body's {0} (a date); "closed.dated" shares the title of "closed". */
    private HttpResponse<?> message(HttpStatus status, Language language, String page, String argument) {
        return page(status, language, page.replace(".dated", ""), ui.get(language.locale(), page + ".body", argument));
    }

    /** A message page with its body given: the standard text, or the campaign's own (escaped like every text). */
    private HttpResponse<?> page(HttpStatus status, Language language, String page, String body) {
        var model = new MessagePage(
                language.code(),
                ui.get(language.locale(), page + ".title"),
                body,
                ui.get(language.locale(), "skip.to.content"));
        return HttpResponse.status(status).body(new ModelAndView<>("survey/message", Map.of("page", model)));
    }
}
