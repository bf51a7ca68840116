package fi.mittari.response.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.mittari.questionnaire.Language;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.web.UiText;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Limits requests to the public respondent links per client address: a flood of forged answers, or guessing of
 * invitation, resume and opt-out links, soon meets "try again shortly" (429). Held in memory per instance; a restart forgets,
 * which is acceptable for a brake.
 */
@ServerFilter({"/s/**", "/i/**", "/r/**", "/optout/**"})
class RespondentRateLimit implements Ordered {

    private final long perMinute;
    private final UiText ui;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    RespondentRateLimit(RespondentRateSetting rate, UiText ui) {
        this.perMinute = rate.respondentRequestsPerMinute();
        this.ui = ui;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        Bucket bucket = buckets.get(clientOf(request), address -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        if (bucket.tryConsume(1)) {
            return null;
        }
        Language language = RespondentLanguage.choose(
                List.of(Language.values()),
                Language.FI,
                request.getParameters().getFirst("lang"),
                Optional.ofNullable(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)));
        // Plain text: a response made in a filter is not rendered by the views layer.
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, "60")
                .contentType("text/plain; charset=utf-8")
                .body(ui.get(language.locale(), "toomany.title") + "\n\n" + ui.get(language.locale(), "toomany.body"));
    }

    private static String clientOf(HttpRequest<?> request) {
        var address = request.getRemoteAddress();
        return address == null || address.getAddress() == null
                ? "unknown"
                : address.getAddress().getHostAddress();
    }
}
