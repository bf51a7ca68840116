package fi.mittari.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A page or API call that needed a link to send people (an email's invitation link, its preview) while
 * {@code MITTARI_PUBLIC_URL} is unset gets the same 409 as the invitation pages, saying what to set, rather than a 500.
 */
@Produces
@Singleton
class PublicAddressUnknownHandler implements ExceptionHandler<PublicAddressUnknown, HttpResponse<?>> {

    private final ErrorPages errorPages;

    PublicAddressUnknownHandler(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the raw type
    public HttpResponse<?> handle(HttpRequest request, PublicAddressUnknown exception) {
        return errorPages.noPublicAddress(request);
    }
}
