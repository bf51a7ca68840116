package fi.mittari.questionnaire;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A text in one or more languages. Blank texts count as missing, so they are not kept. */
public record LocalizedText(Map<Language, String> texts) {

    public LocalizedText {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        if (texts != null) {
            texts.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    copy.put(language, text);
                }
            });
        }
        texts = Collections.unmodifiableMap(copy);
    }

    public static LocalizedText empty() {
        return new LocalizedText(Map.of());
    }

    public static LocalizedText of(Language language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    public Optional<String> get(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** The text in {@code language}, else in {@code fallback}, else in any language (in enum order), else "". */
    public String in(Language language, Language fallback) {
        return get(language)
                .or(() -> get(fallback))
                .orElseGet(() -> texts.values().stream().findFirst().orElse(""));
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }
}
