package fi.mittari.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The staff pages' words: one bundle per feature under {@code i18n/staff/} ({@code projects.properties} in Finnish, the
 * default, beside {@code projects_sv.properties} and {@code projects_en.properties}), keys prefixed with the feature.
 * Patterns are {@link MessageFormat}s. A feature without a bundle yet is simply skipped.
 */
public final class StaffMessages {

    /** Every feature that may have a bundle. */
    public static final List<String> BUNDLES = List.of(
            "common",
            "login",
            "errors",
            "home",
            "accounts",
            "projects",
            "events",
            "organisations",
            "ecosystems",
            "campaigns",
            "mail",
            "questionnaires",
            "drafting",
            "builder",
            "indicators",
            "definitions",
            "reports",
            "jobs",
            "exports",
            "audit",
            "results",
            "pickers",
            "privacy");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private StaffMessages() {}

    /** The message in the locale's language (Finnish when the locale is none of fi, sv, en), if any bundle has it. */
    public static Optional<String> message(Locale locale, String key, Object... arguments) {
        return pattern(locale, key).map(p -> new MessageFormat(p, locale).format(arguments));
    }

    static Optional<String> pattern(Locale locale, String key) {
        Locale bundleLocale =
                switch (locale.getLanguage()) {
                    case "sv" -> Locale.forLanguageTag("sv");
                    case "en" -> Locale.ENGLISH;
                    default -> Locale.ROOT;
                };
        for (String name : BUNDLES) {
            Optional<ResourceBundle> bundle = bundle(name, bundleLocale);
            if (bundle.isPresent() && bundle.get().containsKey(key)) {
                return Optional.of(bundle.get().getString(key));
            }
        }
        return Optional.empty();
    }

    private static Optional<ResourceBundle> bundle(String name, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle("i18n.staff." + name, locale, NO_FALLBACK));
        } catch (MissingResourceException noBundle) {
            return Optional.empty();
        }
    }
}
