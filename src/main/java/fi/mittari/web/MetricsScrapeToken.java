package fi.mittari.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.ConfigurationInterceptUrlMapRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.reactivestreams.Publisher;

/**
 * Lets a Prometheus server scrape {@code /prometheus} with a long-lived token of its own ({@code MITTARI_METRICS_TOKEN},
 * sent as {@code Authorization: Bearer …}) instead of an admin's login, which lapses after 8 hours. Without the
 * setting, or with another token, the address stays as application.yml has it: for logged-in admins only.
 */
@Singleton
class MetricsScrapeToken implements SecurityRule<HttpRequest<?>> {

    static final String PATH = "/prometheus";
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    MetricsScrapeToken(MetricsSettings settings) {
        this.token = settings.token().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication user) {
        if (request == null || token.length == 0 || !request.getPath().equals(PATH)) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        String header = request.getHeaders()
                .get(HttpHeaders.AUTHORIZATION, String.class)
                .orElse("");
        boolean matches = header.startsWith(BEARER)
                && MessageDigest.isEqual(header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8), token);
        return Publishers.just(matches ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        // before the URL map, which admits admins only to this address
        return ConfigurationInterceptUrlMapRule.ORDER - 100;
    }
}
