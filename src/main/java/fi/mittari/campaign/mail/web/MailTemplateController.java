package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.mail.MailKind;
import fi.mittari.campaign.mail.MailTemplate;
import fi.mittari.campaign.mail.MailWording;
import fi.mittari.campaign.mail.web.MailFormPosts.TemplatePost;
import fi.mittari.campaign.mail.web.MailPages.Problem;
import fi.mittari.questionnaire.Language;
import fi.mittari.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.List;

/**
 * The message editor of the campaign's email page: each message per kind and language, previewed as a recipient gets
 * it, saved, or put back to the standard wording; answered by the page again or a redirect to it.
 */
@Controller("/staff/campaigns/{slug}/mail")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class MailTemplateController {

    private final MailWording wording;
    private final MailPageModels models;

    MailTemplateController(MailWording wording, MailPageModels models) {
        this.wording = wording;
        this.models = models;
    }

    @Post("/template")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> template(String slug, @Body TemplatePost form) {
        return models.withCampaign(slug, campaign -> {
            MailKind kind = MailPages.kind(form.kind()).orElse(MailKind.INVITATION);
            Language language = Language.fromCode(form.language()).orElse(Language.FI);
            MailTemplate typed = new MailTemplate(form.subject(), form.body());
            String action = form.action();
            if (action.equals("standard")) {
                MailTemplate standard = wording.standard(kind, language);
                return HttpResponse.ok(MailPageModels.view(models.editing(
                        campaign, MailPageModels.editor(kind, language, standard, null, false, List.of()))));
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
                        .body(MailPageModels.view(models.editing(
                                campaign, MailPageModels.editor(kind, language, typed, null, false, refused))));
            }
            var rendered = wording.render(
                    typed, campaign.title(), campaign.closesAt(), sampleName(language), "ESIMERKKI", language);
            var preview = new MailPages.Preview(rendered.subject(), rendered.body());
            List<Problem> problems = typed.problems().stream()
                    .map(p -> new Problem(0, p.field(), p.reason(), ""))
                    .toList();
            return HttpResponse.ok(MailPageModels.view(
                    models.editing(campaign, MailPageModels.editor(kind, language, typed, preview, false, problems))));
        });
    }

    /** The name a preview greets: a made-up one in the message's language. */
    private static String sampleName(Language language) {
        return switch (language) {
            case FI -> "Maija Meikäläinen";
            case SV -> "Maja Svensson";
            case EN -> "Jane Doe";
        };
    }
}
