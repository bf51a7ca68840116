package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireFixture;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RespondentLanguageTest {

    private final fi.mittari.questionnaire.Questionnaire finnishAndSwedish = QuestionnaireFixture.impactSurvey();

    @Test
    void anOfferedExplicitChoiceWins() {
        assertThat(RespondentLanguage.choose(finnishAndSwedish, Optional.of("sv"), Optional.of("fi")))
                .isEqualTo(Language.SV);
    }

    @Test
    void anUnofferedExplicitChoiceFallsBackToTheBrowsersPreferences() {
        assertThat(RespondentLanguage.choose(finnishAndSwedish, Optional.of("en"), Optional.of("sv-FI,fi;q=0.5")))
                .isEqualTo(Language.SV);
    }

    @Test
    void takesTheFirstOfferedBrowserPreferenceByWeight() {
        assertThat(RespondentLanguage.choose(
                        finnishAndSwedish, Optional.empty(), Optional.of("de, en;q=0.9, sv;q=0.3")))
                .isEqualTo(Language.SV);
    }

    @Test
    void usesTheDefaultLanguageWhenNothingMatchesOrTheHeaderIsMalformed() {
        assertThat(RespondentLanguage.choose(finnishAndSwedish, Optional.empty(), Optional.of("de")))
                .isEqualTo(Language.FI);
        assertThat(RespondentLanguage.choose(finnishAndSwedish, Optional.empty(), Optional.of(";;q=x")))
                .isEqualTo(Language.FI);
        assertThat(RespondentLanguage.choose(finnishAndSwedish, Optional.empty(), Optional.empty()))
                .isEqualTo(Language.FI);
    }
}
