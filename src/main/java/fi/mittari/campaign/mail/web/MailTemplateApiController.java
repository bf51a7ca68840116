package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.mail.MailKind;
import fi.mittari.campaign.mail.MailTemplate;
import fi.mittari.campaign.mail.MailWording;
import fi.mittari.questionnaire.Language;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Locale;
import java.util.Optional;

/**
 * A campaign's email wording over the API: the invitation and the reminder, each per language, read (the standard
 * wording until one is saved) and saved once its placeholders check out.
 */
@ApiErrors
@Controller("/api/campaigns/{slug}/mail/templates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class MailTemplateApiController {

    private final Campaigns campaigns;
    private final MailWording wording;

    MailTemplateApiController(Campaigns campaigns, MailWording wording) {
        this.campaigns = campaigns;
        this.wording = wording;
    }

    @Get("/{kind}/{language}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = TemplateBody.class)))
    HttpResponse<?> template(String slug, String kind, String language) {
        return withTemplate(slug, kind, language, (campaign, k, l) -> {
            MailTemplate template = wording.template(campaign.id(), k, l);
            return HttpResponse.ok(new TemplateBody(template.subject(), template.body()));
        });
    }

    @Put("/{kind}/{language}")
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = TemplateBody.class)))
    HttpResponse<?> saveTemplate(String slug, String kind, String language, @Body TemplateBody body) {
        return withTemplate(slug, kind, language, (campaign, k, l) -> {
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
        });
    }

    /** The campaign, the kind of message and its language, each answered with 404 when there is no such one. */
    private HttpResponse<?> withTemplate(String slug, String kind, String language, TemplateAction then) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'"));
        }
        Optional<MailKind> mailKind = MailPages.kind(kind);
        Optional<Language> mailLanguage = Language.fromCode(language);
        if (mailKind.isEmpty() || mailLanguage.isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("Templates are invitation or reminder, in fi, sv or en; not '"
                    + kind.toLowerCase(Locale.ROOT) + "/" + language + "'"));
        }
        return then.apply(campaign.get(), mailKind.get(), mailLanguage.get());
    }

    private interface TemplateAction {
        HttpResponse<?> apply(Campaign campaign, MailKind kind, Language language);
    }

    @Serdeable
    record TemplateBody(@Nullable String subject, @Nullable String body) {}
}
