package fi.mittari.security.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/** The staff login form; it posts to Micronaut Security's /login endpoint. */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(@Nullable @QueryValue Boolean failed) {
        var page = new LoginPage(Boolean.TRUE.equals(failed));
        return HttpResponse.ok(new ModelAndView<>("staff/login", Map.of("page", page)));
    }

    /** {@code failed}: the previous attempt was refused. */
    public record LoginPage(boolean failed) {}
}
