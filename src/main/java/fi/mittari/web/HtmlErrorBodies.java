package fi.mittari.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The page of errors that Micronaut answers itself when a browser asked: a server error is {@link ErrorPages}' page
 * with a reference the log carries (never the exception's message), an address no route answers its "not found" page;
 * any other error a plain page with its status and first message, escaped.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
class HtmlErrorBodies implements HtmlErrorResponseBodyProvider {

    private final ErrorPages pages;

    HtmlErrorBodies(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public String body(ErrorContext error, HttpResponse<?> response) {
        if (response.code() >= 500) {
            return html(pages.serverError(error.getRequest(), ErrorBodies.reference(error)));
        }
        if (response.code() == 404) {
            // An address no route answers: Micronaut's own "not found", shown as Mittari's page.
            return html(pages.notFound(error.getRequest()));
        }
        String title = response.code() + " " + escape(response.reason());
        String message = error.getErrors().isEmpty()
                ? ""
                : "<p>" + escape(error.getErrors().get(0).getMessage()) + "</p>";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + message + "</main></body></html>";
    }

    private static String html(HttpResponse<?> page) {
        if (page.body() instanceof Writable writable) {
            StringWriter html = new StringWriter();
            try {
                writable.writeTo(html);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return html.toString();
        }
        throw new IllegalStateException("an error page is rendered HTML");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
