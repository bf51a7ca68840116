package fi.mittari.privacy.web;

import fi.mittari.privacy.PrivacySettings;
import fi.mittari.privacy.web.PrivacyFormPosts.NoticePost;
import fi.mittari.security.Roles;
import fi.mittari.web.PostedForms;
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
    private final PostedForms forms;

    NoticeFieldsPagesController(PrivacySettings settings, PostedForms forms) {
        this.settings = settings;
        this.forms = forms;
    }

    @Get("{?saved}")
    HttpResponse<?> form(@Nullable @QueryValue String saved) {
        return HttpResponse.ok(view(new NoticeFieldsPage("", "", "", List.of(), saved != null)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body NoticePost page, Authentication user) {
        Optional<PrivacyProblem> problem =
                forms.violations(page).stream().findFirst().map(v -> new PrivacyProblem(v.field(), v.messageKey()));
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

    private static ModelAndView<?> view(NoticeFieldsPage page) {
        return new ModelAndView<>("privacy/notice", Map.of("page", page));
    }
}
