package fi.mittari.response.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignState;
import fi.mittari.questionnaire.Language;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.web.UiText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plain pages a respondent may meet instead of a form: not found, not open yet, closed, full, thank you… */
@Singleton
class SurveyMessages {

    private final UiText ui;

    SurveyMessages(UiText ui) {
        this.ui = ui;
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
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale())
                .withZone(ZoneId.of("Europe/Helsinki"));
        if (state == CampaignState.NOT_YET_OPEN) {
            String opens = when.format(campaign.openingTime().orElseThrow());
            return message(HttpStatus.OK, language, "notopen", opens);
        }
        if (state == CampaignState.FULL) {
            return message(HttpStatus.GONE, language, "full");
        }
        return campaign.closingTime()
                .<HttpResponse<?>>map(closes -> message(HttpStatus.GONE, language, "closed.dated", when.format(closes)))
                .orElseGet(() -> message(HttpStatus.GONE, language, "closed"));
    }

    HttpResponse<?> thanks(Campaign campaign, Language language) {
        return campaign.thankYou(language)
                .<HttpResponse<?>>map(text -> page(HttpStatus.OK, language, "thanks", text))
                .orElseGet(() -> message(HttpStatus.OK, language, "thanks"));
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
