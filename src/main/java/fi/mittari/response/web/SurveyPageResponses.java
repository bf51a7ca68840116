package fi.mittari.response.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.response.AnswerProblem;
import fi.mittari.response.PageFlow;
import fi.mittari.response.SubmittedAnswers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What the respondent's form answers with: the page the respondent is on (never kept in a browser's cache), or after a
 * saved step a redirect to the respondent's own address (post/redirect/get), so reloading never sends anything twice.
 */
@Singleton
class SurveyPageResponses {

    private final SurveyPages pages;

    SurveyPageResponses(SurveyPages pages) {
        this.pages = pages;
    }

    /** The respondent's own address: the invitation link, or the resume link of the submission key. */
    static HttpResponse<?> backToSelf(SurveyFlow.Entry entry, String key, Language language) {
        String self = entry.invitation().isPresent() ? entry.base() : "/r/" + key;
        return HttpResponse.seeOther(URI.create(self + "?lang=" + language.code()));
    }

    HttpResponse<?> page(
            SurveyFlow.Entry entry,
            Questionnaire questionnaire,
            Language language,
            String key,
            SubmittedAnswers answers,
            PageFlow.Position at,
            List<AnswerProblem> problems,
            HttpStatus status) {
        boolean kiosk = entry.campaign().accessMode() == AccessMode.KIOSK;
        var step = new SurveyPages.Step(
                at.page().key(),
                at.number(),
                at.shown().size(),
                at.first(),
                at.lastWhateverTheAnswers(),
                !kiosk,
                kiosk);
        SurveyPage view = pages.page(
                entry.base(),
                questionnaire,
                language,
                key,
                answers,
                problems,
                at.page(),
                step,
                at.hidden(),
                at.accepted());
        MutableHttpResponse<?> response = HttpResponse.status(status)
                .body(new ModelAndView<>(
                        "survey/form",
                        Map.of(
                                "page",
                                view,
                                RespondentFooter.CAMPAIGN,
                                entry.campaign().slug())));
        // Answers never linger in a browser's cache: on a shared tablet the next person must not find them.
        return response.header("Cache-Control", "no-store");
    }
}
