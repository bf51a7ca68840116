package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText finnishAndEnglish =
            new LocalizedText(Map.of(Language.FI, "Kiitos", Language.EN, "Thank you"));

    @Test
    void givesTheTextInTheAskedLanguage() {
        assertThat(finnishAndEnglish.in(Language.EN, Language.FI)).isEqualTo("Thank you");
        assertThat(finnishAndEnglish.get(Language.FI)).contains("Kiitos");
    }

    @Test
    void fallsBackToTheFallbackLanguage() {
        assertThat(finnishAndEnglish.in(Language.SV, Language.FI)).isEqualTo("Kiitos");
    }

    @Test
    void fallsBackToAnyLanguageWhenNeitherIsThere() {
        assertThat(LocalizedText.of(Language.EN, "Hi").in(Language.SV, Language.FI))
                .isEqualTo("Hi");
    }

    @Test
    void givesAnEmptyStringWhenThereIsNoText() {
        assertThat(LocalizedText.empty().in(Language.SV, Language.FI)).isEmpty();
        assertThat(LocalizedText.empty().isEmpty()).isTrue();
        assertThat(new LocalizedText(null).isEmpty()).isTrue();
    }

    @Test
    void treatsABlankTextAsMissing() {
        LocalizedText blankSwedish = new LocalizedText(Map.of(Language.FI, "Hei", Language.SV, " "));

        assertThat(blankSwedish.get(Language.SV)).isEmpty();
        assertThat(blankSwedish.in(Language.SV, Language.FI)).isEqualTo("Hei");
    }

    @Test
    void keepsAnImmutableCopyOfItsTexts() {
        Map<Language, String> texts = new HashMap<>(Map.of(Language.FI, "Hei"));
        LocalizedText text = new LocalizedText(texts);
        texts.put(Language.SV, "Hej");

        assertThat(text.get(Language.SV)).isEmpty();
        assertThatThrownBy(() -> text.texts().put(Language.EN, "Hello"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
