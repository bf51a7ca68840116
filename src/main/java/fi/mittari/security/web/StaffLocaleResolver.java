package fi.mittari.security.web;

import fi.mittari.security.AccountStore;
import fi.mittari.security.StaffAccount;
import fi.mittari.web.PageLocale;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a staff page: the account's language once logged in; before that (the login page, an error page)
 * the language the visitor chose with {@code ?lang=} and that the {@value #COOKIE} cookie remembers, else Finnish.
 * The browser's Accept-Language is not used: Mittari's staff are Finnish organisations, and a coordinator on an
 * English-language browser still expects the Finnish tool until they choose otherwise. Respondent pages choose their
 * language from the questionnaire's languages instead (see {@code SurveyMessages}).
 */
@Singleton
class StaffLocaleResolver implements HttpLocaleResolver {

    static final String COOKIE = "mittari_lang";

    /**
     * Looked up on first use: the validator's messages ask this resolver while the database (and so the account
     * store's template) is still being set up, at start-up's Flyway migration.
     */
    private final BeanProvider<AccountStore> accounts;

    StaffLocaleResolver(BeanProvider<AccountStore> accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        Optional<Principal> principal = request.getUserPrincipal();
        if (principal.isPresent()) {
            // One indexed lookup per rendered page: the language changes take effect on the next page, on any node.
            return Optional.of(PageLocale.forLanguage(
                    accounts.get().language(principal.get().getName()).orElse(StaffAccount.DEFAULT_LANGUAGE)));
        }
        return Optional.of(PageLocale.forLanguage(chosen(request).orElse(StaffAccount.DEFAULT_LANGUAGE)));
    }

    static Optional<String> chosen(HttpRequest<?> request) {
        return request.getParameters()
                .getFirst("lang")
                .filter(PageLocale::isStaffLanguage)
                .or(() -> request.getCookies()
                        .findCookie(COOKIE)
                        .map(Cookie::getValue)
                        .filter(PageLocale::isStaffLanguage));
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return resolve(request).orElse(PageLocale.FINNISH);
    }

    @Override
    public int getOrder() {
        // Before Micronaut's request-header resolver, which would answer from Accept-Language.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
