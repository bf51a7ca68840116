package fi.mittari.export.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.export.ExportFilter;
import fi.mittari.export.ExportPermission;
import fi.mittari.export.ExportScope;
import fi.mittari.export.ExportedResponses;
import fi.mittari.export.ExportingAnswers;
import fi.mittari.questionnaire.Language;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Vie vastaukset" pages of a campaign and of a questionnaire: a form of filters and formats sent with GET to the
 * download address, so it works without JavaScript and a browser saves the file. A refused form comes back with an
 * error summary linking to each field at fault (422), as it was filled in.
 */
@Controller("/staff")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST})
class AnswerExportPagesController {

    private final ExportingAnswers exporting;
    private final ExportDownloads downloads;
    private final ExportedResponses responses;
    private final Campaigns campaigns;
    private final PageLocale locale;

    AnswerExportPagesController(
            ExportingAnswers exporting,
            ExportDownloads downloads,
            ExportedResponses responses,
            Campaigns campaigns,
            PageLocale locale) {
        this.exporting = exporting;
        this.downloads = downloads;
        this.responses = responses;
        this.campaigns = campaigns;
        this.locale = locale;
    }

    @Get("/campaigns/{slug}/answers")
    HttpResponse<?> campaign(String slug, Authentication user) {
        return page(new ExportScope.OfCampaign(slug), user, ExportPages.Values.DEFAULTS, List.of())
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/campaigns/{slug}/answers/download")
    HttpResponse<?> campaignDownload(String slug, HttpRequest<?> request, Authentication user) throws IOException {
        return download(new ExportScope.OfCampaign(slug), request, user);
    }

    @Get("/questionnaires/{key}/answers")
    HttpResponse<?> questionnaire(String key, Authentication user) {
        return page(new ExportScope.OfQuestionnaire(key), user, ExportPages.Values.DEFAULTS, List.of())
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/questionnaires/{key}/answers/download")
    HttpResponse<?> questionnaireDownload(String key, HttpRequest<?> request, Authentication user) throws IOException {
        return download(new ExportScope.OfQuestionnaire(key), request, user);
    }

    private HttpResponse<?> download(ExportScope scope, HttpRequest<?> request, Authentication user)
            throws IOException {
        Map<String, String> sent = ExportPages.parameters(request);
        Language language = Language.fromCode(locale.of(request).getLanguage()).orElse(Language.FI);
        var parsed = ExportParameters.parse(sent, Optional.empty(), false, language);
        List<ExportParameters.Problem> problems = parsed.problems();
        if (parsed.request().isPresent()) {
            var outcome = exporting.prepare(scope, parsed.request().get(), user.getName(), user.getRoles());
            if (outcome instanceof ExportingAnswers.Outcome.Ready ready) {
                return downloads.download(ready);
            }
            if (outcome instanceof ExportingAnswers.Outcome.NotFound) {
                return HttpResponse.notFound();
            }
            problems = List.of(
                    outcome instanceof ExportingAnswers.Outcome.Forbidden
                            ? new ExportParameters.Problem("sensitive", "notAllowed", "")
                            : new ExportParameters.Problem(
                                    "campaign", "unknownCampaign", sent.getOrDefault("campaign", "")));
        }
        var refused = problems;
        return page(scope, user, ExportPages.Values.of(sent), refused)
                .<HttpResponse<?>>map(view -> HttpResponse.unprocessableEntity().body(view))
                .orElseGet(HttpResponse::notFound);
    }

    private Optional<ModelAndView<?>> page(
            ExportScope scope, Authentication user, ExportPages.Values values, List<ExportParameters.Problem> errors) {
        List<ExportedResponses.ExportedCampaign> found = responses.campaigns(scope, ExportFilter.ALL);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String heading;
        String back;
        String action;
        if (scope instanceof ExportScope.OfCampaign campaign) {
            heading = campaigns.bySlug(campaign.slug()).map(Campaign::title).orElse(campaign.slug());
            back = "/staff/campaigns/" + campaign.slug();
            action = back + "/answers/download";
        } else {
            heading = scope.fileStem();
            back = "/staff/questionnaires";
            action = back + "/" + scope.fileStem() + "/answers/download";
        }
        var page = new ExportPages.Page(
                heading,
                scope instanceof ExportScope.OfQuestionnaire,
                back,
                action,
                ExportPages.FORMATS,
                found.stream().map(ExportedResponses.ExportedCampaign::slug).toList(),
                ExportPermission.mayIncludeSensitive(user.getRoles()),
                values,
                errors);
        return Optional.of(new ModelAndView<>("exports/answers", Map.of("page", page)));
    }
}
