package fi.mittari.web;

import fi.mittari.questionnaire.Language;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user interface's own words in Finnish, Swedish and English (question texts come from the questionnaire). */
@Singleton
public class UiText {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String get(Language language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language.code());
        String pattern =
                ResourceBundle.getBundle("i18n.messages", locale, NO_FALLBACK).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
