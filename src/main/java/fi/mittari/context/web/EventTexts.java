package fi.mittari.context.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The words of the event pages in one language, for text made in Java (problems, field labels); templates read the
 * same bundle as {@code #{events.…}}. Finnish is the base bundle, so no other language falls back to the JVM's.
 */
final class EventTexts {

    static final String BUNDLE = "i18n.staff.events";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Pattern SNAKE = Pattern.compile("_(\\w)");

    private final Locale locale;
    private final ResourceBundle bundle;

    private EventTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    static EventTexts of(Locale locale) {
        return new EventTexts(locale);
    }

    Locale locale() {
        return locale;
    }

    String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The label of a form field or a file's column ({@code startsOn} and {@code starts_on} alike). */
    String label(String field) {
        try {
            return bundle.getString("events.field."
                    + SNAKE.matcher(field).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT)));
        } catch (MissingResourceException e) {
            return field;
        }
    }

    /** A rule's or a file reader's message in this language; a message no rule words is shown as it is. */
    String problem(String message) {
        return ProblemWording.of(message)
                .map(w -> get(w.key(), w.arguments().toArray()))
                .orElse(message);
    }
}
