package fi.mittari.web;

import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user interface's own words in Finnish, Swedish and English (question texts come from the questionnaire). */
@Singleton
public class UiText {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Depends on a locale, not on the questionnaire's languages, so shared web code knows no feature. */
    public String get(Locale locale, String key, Object... arguments) {
        String pattern =
                ResourceBundle.getBundle("i18n.messages", locale, NO_FALLBACK).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
