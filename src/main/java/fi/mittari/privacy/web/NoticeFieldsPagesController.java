package fi.mittari.privacy.web;

import fi.mittari.privacy.PersonRequest;
import fi.mittari.privacy.PrivacySettings;
import fi.mittari.security.Roles;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The privacy notice's controller and contact of a campaign ({@code /staff/privacy/notice}), for admins. */
@Controller("/staff/privacy/notice")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class NoticeFieldsPagesController {

    private final PrivacySettings settings;

    NoticeFieldsPagesController(PrivacySettings settings) {
        this.settings = settings;
    }

    @Get("{?saved}")
    HttpResponse<?> form(@Nullable @QueryValue String saved) {
        return HttpResponse.ok(view(new NoticeFieldsPage("", "", "", List.of(), saved != null)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Nullable @Body Map<String, Object> body, Authentication user) {
        Map<String, Object> fields = body == null ? Map.of() : body;
        var page = new NoticeFieldsPage(
                PrivacyForms.text(fields, "campaign"),
                PrivacyForms.text(fields, "controller"),
                PrivacyForms.text(fields, "contact"),
                List.of(),
                false);
        Optional<PrivacyProblem> problem = check(page);
        if (problem.isEmpty()
                && !settings.setNotice(page.campaign(), page.controller(), page.contact(), user.getName())) {
            problem = Optional.of(new PrivacyProblem("campaign", "privacy.error.noCampaign"));
        }
        if (problem.isPresent()) {
            var refused = new NoticeFieldsPage(
                    PrivacyForms.shown(page.campaign()),
                    PrivacyForms.shown(page.controller()),
                    PrivacyForms.shown(page.contact()),
                    List.of(problem.get()),
                    false);
            return HttpResponse.unprocessableEntity().body(view(refused));
        }
        return HttpResponse.seeOther(URI.create("/staff/privacy/notice?saved=1"));
    }

    private static Optional<PrivacyProblem> check(NoticeFieldsPage page) {
        if (page.campaign().isEmpty()) {
            return Optional.of(new PrivacyProblem("campaign", "privacy.error.required"));
        }
        if (page.campaign().length() > PersonRequest.MAX_CODE) {
            return Optional.of(new PrivacyProblem("campaign", "privacy.error.tooLong"));
        }
        if (page.controller().length() > PrivacySettings.MAX_CONTROLLER) {
            return Optional.of(new PrivacyProblem("controller", "privacy.error.tooLong"));
        }
        if (page.contact().length() > PrivacySettings.MAX_CONTACT) {
            return Optional.of(new PrivacyProblem("contact", "privacy.error.tooLong"));
        }
        return Optional.empty();
    }

    private static ModelAndView<?> view(NoticeFieldsPage page) {
        return new ModelAndView<>("privacy/notice", Map.of("page", page));
    }
}
