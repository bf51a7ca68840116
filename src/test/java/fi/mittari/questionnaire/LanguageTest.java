package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void hasLowercaseTwoLetterCodes() {
        assertThat(Language.FI.code()).isEqualTo("fi");
        assertThat(Language.SV.code()).isEqualTo("sv");
        assertThat(Language.EN.code()).isEqualTo("en");
    }

    @Test
    void readsCodesCaseInsensitively() {
        assertThat(Language.fromCode("fi")).contains(Language.FI);
        assertThat(Language.fromCode("EN")).contains(Language.EN);
    }

    @Test
    void takesThePrimarySubtagOfARegionalTag() {
        assertThat(Language.fromCode("sv-FI")).contains(Language.SV);
        assertThat(Language.fromCode("fi-FI")).contains(Language.FI);
        assertThat(Language.fromCode("en_GB")).contains(Language.EN);
    }

    @Test
    void knowsNoOtherLanguage() {
        assertThat(Language.fromCode("de")).isEmpty();
        assertThat(Language.fromCode("")).isEmpty();
        assertThat(Language.fromCode(null)).isEmpty();
        assertThat(Language.fromCode("finnish")).isEmpty();
    }
}
