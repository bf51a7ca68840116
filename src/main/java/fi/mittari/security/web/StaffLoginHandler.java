package fi.mittari.security.web;

import fi.mittari.web.ApiProblem;
import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;

/**
 * One login endpoint for two kinds of client: a JSON post (an API client) gets {@code {"access_token": …}} to send as
 * a bearer token; a form post (a browser) gets the token in a secure, HTTP-only cookie and a redirect.
 */
@Primary
@Singleton
class StaffLoginHandler implements LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    static final String FAILURE =
            "Login failed: wrong username or password, or too many attempts." + " Try again in a moment.";

    private final TokenCookieLoginHandler browser;
    private final AccessRefreshTokenGenerator tokens;

    StaffLoginHandler(TokenCookieLoginHandler browser, AccessRefreshTokenGenerator tokens) {
        this.browser = browser;
        this.tokens = tokens;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        if (!isJson(request)) {
            return browser.loginSuccess(authentication, request);
        }
        return tokens.generate(authentication)
                .<MutableHttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::serverError);
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(
            Authentication authentication, String refreshToken, HttpRequest<?> request) {
        return browser.loginRefresh(authentication, refreshToken, request);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (!isJson(request)) {
            return browser.loginFailed(failure, request);
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(ApiProblem.of(FAILURE));
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType()
                .map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE))
                .orElse(false);
    }
}
