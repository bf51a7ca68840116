package fi.mittari.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A respondent without a browser: opens a form, sends page after page (following redirects, as a browser does) and
 * reads what comes back. The same answers are sent on every page; each page takes the answers to its own questions.
 */
public final class FormWalker {

    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"(submission|page)\" value=\"([^\"]*)\"");

    private final BlockingHttpClient http;

    public FormWalker(BlockingHttpClient http) {
        this.http = http;
    }

    /** A page as the respondent got it: status and HTML, and the pages sent on the way. */
    public record Page(int status, String html, List<String> pagesSent) {

        public boolean isForm() {
            return ACTION.matcher(html).find();
        }

        public String pageKey() {
            return hidden(html, "page").orElse("");
        }

        /** Where the form posts to: the respondent's own address once a page has been sent. */
        public String action() {
            Matcher form = ACTION.matcher(html);
            if (!form.find()) {
                throw new AssertionError("no form on the page: " + html);
            }
            return form.group(1).replace("&amp;", "&");
        }
    }

    public Page open(String path) {
        return exchange(HttpRequest.GET(path), List.of());
    }

    /** Sends the form on {@code page} once with {@code action} (next, back, later, send) and these answers. */
    public Page send(Page page, String answers, String action) {
        return post(page, answers + "&action=" + action);
    }

    /** Presses the language switch's button for {@code language} (fi, sv, en) on {@code page}, with these answers. */
    public Page switchLanguage(Page page, String answers, String language) {
        return post(page, answers + "&language=" + language);
    }

    private Page post(Page page, String fields) {
        String body = fields
                + "&submission=" + encode(hidden(page.html(), "submission").orElse(""))
                + "&page=" + encode(page.pageKey());
        List<String> sent = new ArrayList<>(page.pagesSent());
        sent.add(page.pageKey());
        return exchange(
                HttpRequest.POST(page.action(), body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), sent);
    }

    /** Opens {@code path} and sends Next on every page until the form is gone (sent) or a page is refused. */
    public Page fill(String path, String answers) {
        Page page = open(path);
        for (int i = 0; i < 30 && page.isForm() && page.status() == 200; i++) {
            page = send(page, answers, "next");
        }
        return page;
    }

    /** Every page of the form up to and including the last one (the one with Send), without sending it. */
    public List<Page> pagesUpToSend(String path, String answers) {
        List<Page> seen = new ArrayList<>();
        Page page = open(path);
        for (int i = 0; i < 30 && page.isForm() && page.status() == 200; i++) {
            seen.add(page);
            if (page.html().contains("value=\"send\"")) {
                return seen;
            }
            page = send(page, answers, "next");
        }
        throw new AssertionError("the form did not reach its last page: " + page.status() + " " + page.html());
    }

    private Page exchange(HttpRequest<?> request, List<String> sent) {
        try {
            HttpResponse<String> response = http.exchange(request, String.class);
            return new Page(response.code(), response.body() == null ? "" : response.body(), sent);
        } catch (HttpClientResponseException e) {
            return new Page(
                    e.getStatus().getCode(),
                    e.getResponse().getBody(String.class).orElse(""),
                    sent);
        }
    }

    private static Optional<String> hidden(String html, String name) {
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return Optional.of(matcher.group(2));
            }
        }
        return Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
