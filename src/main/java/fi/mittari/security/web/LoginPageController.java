package fi.mittari.security.web;

import fi.mittari.web.SecureCookieSetting;
import fi.mittari.web.TrustedProxies;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;

/**
 * The staff login form; it posts to Micronaut Security's /login endpoint, which sends a browser on to {@code
 * /login/check}. A browser that did not keep the login cookie (a Secure cookie refused over plain HTTP, or cookies
 * blocked) comes back to the form with the reason, instead of looping back to it in silence.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    static final String COOKIE_REFUSED = "refused";

    private final boolean secureCookie;
    private final TrustedProxies proxies;

    LoginPageController(SecureCookieSetting cookie, TrustedProxies proxies) {
        this.secureCookie = cookie.cookieSecure();
        this.proxies = proxies;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(
            @Nullable @QueryValue Boolean failed, @Nullable @QueryValue String cookie, HttpRequest<?> request) {
        String cookieProblem = null;
        if (COOKIE_REFUSED.equals(cookie)) {
            cookieProblem =
                    secureCookie && !proxies.overTls(request) ? "login.cookie.plainHttp" : "login.cookie.blocked";
        }
        var page = new LoginPage(Boolean.TRUE.equals(failed), cookieProblem);
        return HttpResponse.ok(new ModelAndView<>("staff/login", Map.of("page", page)));
    }

    /** Where a successful form login lands: the login cookie came back with this request, or it was not kept. */
    @Get("/check")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> check(HttpRequest<?> request) {
        boolean kept = request.getUserPrincipal(Authentication.class).isPresent();
        return HttpResponse.seeOther(URI.create(kept ? "/staff" : "/login?cookie=" + COOKIE_REFUSED));
    }

    /**
     * {@code failed}: the previous attempt was refused; {@code cookieProblem}: the message key saying why the login
     * cookie was not kept, or null.
     */
    public record LoginPage(boolean failed, @Nullable String cookieProblem) {}
}
