package fi.mittari.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * The locale a staff page is written in: Finnish, Swedish (Finland's: "1 290", "22,6") or English (British: "1,290",
 * "22.6"). Controllers ask it when they build texts in Java; templates get it through {@link StaffChrome} and
 * Thymeleaf's own locale.
 */
@Singleton
public class PageLocale {

    public static final Locale FINNISH = Locale.forLanguageTag("fi-FI");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-FI");
    public static final Locale ENGLISH = Locale.UK;
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private final HttpLocaleResolver resolver;

    PageLocale(HttpLocaleResolver resolver) {
        this.resolver = resolver;
    }

    public Locale of(HttpRequest<?> request) {
        return forLanguage(resolver.resolveOrDefault(request).getLanguage());
    }

    public static boolean isStaffLanguage(String code) {
        return LANGUAGES.contains(code);
    }

    /** "fi", "sv" or "en" as a locale; anything else as Finnish. */
    public static Locale forLanguage(String code) {
        return switch (code) {
            case "sv" -> SWEDISH;
            case "en" -> ENGLISH;
            default -> FINNISH;
        };
    }
}
