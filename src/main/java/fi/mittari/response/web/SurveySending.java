package fi.mittari.response.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.response.Channel;
import fi.mittari.response.PageFlow;
import fi.mittari.response.SavingProgress;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionOutcome;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.response.SubmittingResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The response sent from the form: stored (the saved progress dropped, the respondent thanked), or shown again at the
 * first page at fault when an earlier page no longer holds, or answered with why the campaign did not take it.
 */
@Singleton
class SurveySending {

    private final SubmittingResponse submitting;
    private final SavingProgress progress;
    private final SurveyPageResponses responses;
    private final SurveyMessages messages;

    SurveySending(
            SubmittingResponse submitting,
            SavingProgress progress,
            SurveyPageResponses responses,
            SurveyMessages messages) {
        this.submitting = submitting;
        this.progress = progress;
        this.responses = responses;
        this.messages = messages;
    }

    HttpResponse<?> send(
            SurveyFlow.Entry entry,
            Questionnaire questionnaire,
            String key,
            Language language,
            SubmittedAnswers answers,
            Optional<Instant> startedAt,
            PageFlow flow) {
        Campaign campaign = entry.campaign();
        SubmissionOutcome outcome = submitting.submit(new Submission(
                campaign,
                language,
                key,
                campaign.accessMode() == AccessMode.KIOSK ? Channel.KIOSK : Channel.WEB,
                answers,
                entry.invitation(),
                startedAt));
        return outcome.accept(new SubmissionOutcome.Cases<HttpResponse<?>>() {
            @Override
            public HttpResponse<?> stored(SubmissionOutcome.Stored stored) {
                progress.discard(entry.invitation(), key);
                return HttpResponse.seeOther(URI.create("/s/" + campaign.slug() + "/thanks?lang=" + language.code()));
            }

            @Override
            public HttpResponse<?> refused(SubmissionOutcome.Refused refused) {
                // An earlier page no longer holds (say, it was answered in another tab): show the first page at fault.
                var shown = flow.at(questionnaire, answers, "").shown();
                Page atFault = PageFlow.firstAtFault(shown, refused.problems()).orElse(shown.get(0));
                progress.save(campaign, questionnaire, entry.invitation(), key, language, atFault.key(), answers);
                return responses.page(
                        entry,
                        questionnaire,
                        language,
                        key,
                        answers,
                        flow.at(questionnaire, answers, atFault.key()),
                        refused.problems(),
                        HttpStatus.UNPROCESSABLE_ENTITY);
            }

            @Override
            public HttpResponse<?> invitationUsed(SubmissionOutcome.InvitationUsed used) {
                return messages.message(HttpStatus.OK, language, "answered");
            }

            @Override
            public HttpResponse<?> invitationRequired(SubmissionOutcome.InvitationRequired required) {
                return messages.message(HttpStatus.FORBIDDEN, language, "invitationonly");
            }

            @Override
            public HttpResponse<?> campaignClosed(SubmissionOutcome.CampaignClosed closed) {
                return messages.notTakingAnswers(campaign, closed.state(), language);
            }
        });
    }
}
