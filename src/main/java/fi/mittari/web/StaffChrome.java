package fi.mittari.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every staff page's frame needs: who is logged in (null on the login and error pages before login), the page's
 * language, the person's roles and the navigation they may open.
 *
 * @param current the nav entry the page belongs to, marked with aria-current
 * @param addressBanner a warning that links to respondents will not work, for logged-in staff (or null)
 */
public record StaffChrome(
        @Nullable String username,
        Locale locale,
        Set<String> roles,
        List<NavLink> nav,
        @Nullable String current,
        @Nullable PublicAddress.Banner addressBanner) {

    public record NavLink(String href, String messageKey, boolean current) {}

    public String language() {
        return locale.getLanguage();
    }

    public boolean loggedIn() {
        return username != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
