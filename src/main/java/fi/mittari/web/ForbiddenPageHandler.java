package fi.mittari.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A logged-in person who opens a page their role does not allow gets a Mittari page saying so, in their language, with
 * a way back. Anonymous requests keep Micronaut Security's behaviour (a browser is sent to the login page, an API
 * client gets 401).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class ForbiddenPageHandler extends DefaultAuthorizationExceptionHandler {

    private final ErrorPages pages;

    ForbiddenPageHandler(
            ErrorResponseProcessor<?> errorResponseProcessor,
            RedirectConfiguration redirectConfiguration,
            RedirectService redirectService,
            List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challengeProviders,
            @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
            ErrorPages pages) {
        super(
                errorResponseProcessor,
                redirectConfiguration,
                redirectService,
                challengeProviders,
                priorToLoginPersistence);
        this.pages = pages;
    }

    @Override
    protected MutableHttpResponse<?> httpResponseWithStatus(HttpRequest<?> request, AuthorizationException e) {
        if (e.isForbidden()) {
            // Micronaut Security refuses an address no route answers (so an anonymous caller cannot tell which
            // addresses exist); a logged-in person is told plainly that there is no such page.
            return RouteAttributes.getRouteMatch(request).isPresent()
                    ? pages.forbidden(request)
                    : pages.notFound(request);
        }
        return super.httpResponseWithStatus(request, e);
    }
}
