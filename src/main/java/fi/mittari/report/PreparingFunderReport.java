package fi.mittari.report;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.indicator.CampaignIndicators;
import fi.mittari.indicator.IndicatorResults;
import fi.mittari.indicator.IndicatorValue;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gathers what the funder workbook shows from the stored indicator results, in the report's language, and applies
 * small-group suppression: a campaign with fewer responses than the minimum group size shows no distributions.
 */
@Singleton
public class PreparingFunderReport {

    private static final Map<ReportLanguage, String> TITLES = Map.of(
            ReportLanguage.FI, "Mittari – vaikuttavuusraportti",
            ReportLanguage.SV, "Mittari – effektrapport",
            ReportLanguage.EN, "Mittari – impact report");

    private final Campaigns campaigns;
    private final QuestionnaireCatalog questionnaires;
    private final IndicatorResults results;
    private final int minimumGroupSize;

    PreparingFunderReport(
            Campaigns campaigns,
            QuestionnaireCatalog questionnaires,
            IndicatorResults results,
            @Value("${mittari.privacy.minimum-group-size}") int minimumGroupSize) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.results = results;
        this.minimumGroupSize = minimumGroupSize;
    }

    /** {@code now} is the "as of" time only when nothing has been aggregated yet. */
    public WorkbookContent prepare(ReportLanguage language, Instant now) {
        Language lang = Language.valueOf(language.name());
        List<CampaignFigures> figures = new ArrayList<>();
        for (Campaign campaign : campaigns.all()) {
            Questionnaire questionnaire = questionnaires
                    .version(campaign.questionnaireVersionId())
                    .orElseThrow()
                    .questionnaire();
            figures.add(figures(campaign, questionnaire, results.stored(campaign.id()), lang));
        }
        Instant asOf = results.latestComputedAt().orElse(now);
        return new WorkbookContent(TITLES.get(language), asOf, language, minimumGroupSize, figures);
    }

    private CampaignFigures figures(
            Campaign campaign, Questionnaire questionnaire, CampaignIndicators indicators, Language lang) {
        long responses = indicators.responses();
        boolean suppressed = responses < minimumGroupSize;
        List<ChoiceDistribution> distributions = new ArrayList<>();
        if (!suppressed) {
            for (var question : questionnaire.questions()) {
                // Personal questions (names, contacts, identifying text) stay out of reports.
                boolean shown = !question.classification().personal();
                Language fallback = questionnaire.defaultLanguage();
                if (shown && !question.singleAnswerChoices().isEmpty()) {
                    distributions.add(distribution(
                            question.key(),
                            text(question.label(), lang, fallback),
                            question.singleAnswerChoices(),
                            indicators,
                            lang,
                            fallback));
                }
                // A matrix shows each item as a question of its own, "Question – item"; rankings and the texts
                // of "other" are free answers, not shares, so they stay out of the workbook.
                if (shown && question instanceof MatrixQuestion matrix) {
                    for (MatrixItem item : matrix.items()) {
                        distributions.add(distribution(
                                matrix.answerKey(item),
                                text(matrix.label(), lang, fallback) + " – " + text(item.label(), lang, fallback),
                                matrix.choices(),
                                indicators,
                                lang,
                                fallback));
                    }
                }
            }
        }
        return new CampaignFigures(
                campaign.slug(),
                campaign.title(),
                text(questionnaire.title(), lang, questionnaire.defaultLanguage()),
                responses,
                suppressed,
                distributions);
    }

    private static ChoiceDistribution distribution(
            String answerKey,
            String label,
            List<Choice> scale,
            CampaignIndicators indicators,
            Language lang,
            Language fallback) {
        List<ChoiceFigure> choices = new ArrayList<>();
        long answered = 0;
        for (Choice choice : scale) {
            IndicatorValue value = indicators
                    .share(answerKey, choice.value())
                    .orElse(new IndicatorValue(
                            fi.mittari.indicator.IndicatorKind.CHOICE_SHARE, answerKey, choice.value(), 0, 0));
            answered = value.denominator();
            choices.add(new ChoiceFigure(
                    choice.value(), text(choice.label(), lang, fallback), value.numerator(), value.share()));
        }
        return new ChoiceDistribution(answerKey, label, answered, choices);
    }

    private static String text(LocalizedText text, Language lang, Language fallback) {
        return text.in(lang, fallback);
    }
}
