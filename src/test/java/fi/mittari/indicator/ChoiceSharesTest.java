package fi.mittari.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.QuestionnaireFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChoiceSharesTest {

    @Test
    void sharesAreOfTheRespondentsWhoAnsweredTheQuestion() {
        // 36 responses, 34 answered "partners": 18 yes, 12 no, 4 unsure → 0.5294, 0.3529, 0.1176 (by hand)
        var values = ChoiceShares.calculate(
                QuestionnaireFixture.impactSurvey(),
                36,
                Map.of("partners", 34L),
                List.of(
                        new ChoiceCount("partners", "yes", 18),
                        new ChoiceCount("partners", "no", 12),
                        new ChoiceCount("partners", "unsure", 4)));
        var indicators = new CampaignIndicators(1, values);
        assertThat(indicators.responses()).isEqualTo(36);
        assertThat(indicators.share("partners", "yes").orElseThrow().share()).isEqualByComparingTo("0.5294");
        assertThat(indicators.share("partners", "no").orElseThrow().share()).isEqualByComparingTo("0.3529");
        assertThat(indicators.share("partners", "unsure").orElseThrow().share()).isEqualByComparingTo("0.1176");
        assertThat(indicators.share("partners", "yes").orElseThrow().denominator())
                .isEqualTo(34);
    }

    @Test
    void everyChoiceGetsAFigureAndNobodyAnsweringGivesZeroNotAnError() {
        var values = ChoiceShares.calculate(QuestionnaireFixture.impactSurvey(), 0, Map.of(), List.of());
        assertThat(values).extracting(IndicatorValue::choiceValue).containsExactly("", "yes", "no", "unsure");
        assertThat(values).allSatisfy(v -> assertThat(v.share()).isEqualByComparingTo(BigDecimal.ZERO));
    }

    @Test
    void countsForChoicesNoLongerInTheDefinitionAreLeftOut() {
        var values = ChoiceShares.calculate(
                QuestionnaireFixture.impactSurvey(),
                3,
                Map.of("partners", 3L),
                List.of(new ChoiceCount("partners", "yes", 2), new ChoiceCount("partners", "retired", 1)));
        assertThat(values).extracting(IndicatorValue::choiceValue).doesNotContain("retired");
    }

    @Test
    void theArticlesFigureOf53PercentComesOutOf19In36() {
        assertThat(new IndicatorValue(IndicatorKind.CHOICE_SHARE, "q", "yes", 19, 36).share())
                .isEqualByComparingTo("0.5278");
    }

    @Test
    void yesNoQuestionsGetSharesOverYesAndNo() {
        // employed: 17 yes of 64 answered, as in Työkyky käyttöön's 17 employed of 64 coached → 0.2656
        var values = ChoiceShares.calculate(
                QuestionnaireFixture.everyNewQuestionType(),
                64,
                Map.of("employed", 64L),
                List.of(new ChoiceCount("employed", "yes", 17), new ChoiceCount("employed", "no", 47)));
        var indicators = new CampaignIndicators(1, values);
        assertThat(indicators.share("employed", "yes").orElseThrow().share()).isEqualByComparingTo("0.2656");
        assertThat(indicators.share("employed", "no").orElseThrow().share()).isEqualByComparingTo("0.7344");
        assertThat(values).extracting(IndicatorValue::questionKey).containsOnly("", "employed");
    }

    @Test
    void likertPointsOtherAndEachMatrixItemGetSharesLikeASingleChoice() {
        var values = ChoiceShares.calculate(
                QuestionnaireFixture.everyCompositeQuestionType(),
                4,
                Map.of("welcome", 4L, "event.venue", 4L, "event.programme", 2L, "situation", 4L),
                List.of(
                        new ChoiceCount("welcome", "5", 3),
                        new ChoiceCount("event.venue", "good", 1),
                        new ChoiceCount("event.programme", "poor", 2),
                        new ChoiceCount("situation", "other", 1),
                        new ChoiceCount("helps", "coaching", 4)));
        var indicators = new CampaignIndicators(1, values);
        assertThat(indicators.share("welcome", "5").orElseThrow().share()).isEqualByComparingTo("0.75");
        assertThat(indicators.share("welcome", "1").orElseThrow().share()).isEqualByComparingTo("0");
        assertThat(indicators.share("event.venue", "good").orElseThrow().share())
                .isEqualByComparingTo("0.25");
        assertThat(indicators.share("event.programme", "poor").orElseThrow().share())
                .isEqualByComparingTo("1");
        assertThat(indicators.share("situation", "other").orElseThrow().share()).isEqualByComparingTo("0.25");
        // a ranking is an order, not a share
        assertThat(values).extracting(IndicatorValue::questionKey).doesNotContain("helps", "event");
    }
}
