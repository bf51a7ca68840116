package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.CampaignQuality;
import fi.mittari.report.content.Suppression;
import fi.mittari.report.content.SurveyQuestion;
import fi.mittari.report.content.SurveyQuestion.ChoiceResult;
import fi.mittari.report.content.WorkbookContent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workbook long enough to need page breaks: the KeKo table sheets, seven survey questions with charts (one of them
 * the 19 regions and their "other"), the Change and Employment sheets with their charts, and a question key wider
 * than its column, in Finnish or Swedish.
 */
final class PrintedContent {

    /** Wider than the Quality sheet's question-key column. */
    static final String LONG_KEY = "employment_knowledge";

    private static final List<String> REGIONS = List.of(
            "Uusimaa",
            "Varsinais-Suomi",
            "Satakunta",
            "Kanta-Häme",
            "Pirkanmaa",
            "Päijät-Häme",
            "Kymenlaakso",
            "Etelä-Karjala",
            "Etelä-Savo",
            "Pohjois-Savo",
            "Pohjois-Karjala",
            "Keski-Suomi",
            "Etelä-Pohjanmaa",
            "Pohjanmaa",
            "Keski-Pohjanmaa",
            "Pohjois-Pohjanmaa",
            "Kainuu",
            "Lappi",
            "Ahvenanmaa",
            "Muu");

    private PrintedContent() {}

    static WorkbookContent of(ReportLanguage language) {
        WorkbookContent tables = TableSheetsContent.keko(language);
        List<SurveyQuestion> questions = new ArrayList<>(OutcomeSheetsContent.questions());
        questions.add(regions());
        for (String topic : List.of("ajankohtaisista teemoista", "osatyökykyisten työllistämisestä", "rahoituksesta")) {
            questions.add(threeChoices("Saitko tietoa " + topic + "?"));
        }
        List<CampaignQuality> quality = new ArrayList<>(tables.quality());
        quality.add(new CampaignQuality(
                "keko-2020",
                "KeKo-kysely 2020",
                Optional.of(120L),
                100,
                3,
                Optional.of(new BigDecimal("0.833")),
                List.of(new CampaignQuality.MissingAnswers(
                        LONG_KEY,
                        "Saitko tietoa osatyökykyisten ihmisten työllistämisestä?",
                        100,
                        0,
                        Optional.of(BigDecimal.ZERO)))));
        return new WorkbookContent(
                language,
                tables.cover(),
                tables.summary(),
                tables.breakdowns(),
                tables.goals(),
                tables.activities(),
                tables.reach(),
                Optional.of(questions),
                List.of(OutcomeSheetsContent.workAbility(), OutcomeSheetsContent.suppressedChange()),
                Optional.of(OutcomeSheetsContent.employment()),
                quality,
                tables.method(),
                Optional.empty());
    }

    /** 100 respondents spread over the regions: 8 in the first two, 7 in each of the next twelve, 0 in the rest. */
    private static SurveyQuestion regions() {
        List<ChoiceResult> choices = new ArrayList<>();
        for (int index = 0; index < REGIONS.size(); index++) {
            long count = index < 2 ? 8 : index < 14 ? 7 : 0;
            choices.add(choice(REGIONS.get(index), count, 100));
        }
        return new SurveyQuestion(
                "keko-2019",
                OutcomeSheetsContent.CAMPAIGN,
                "region",
                "Missä maakunnassa organisaatiosi toimii?",
                100,
                choices,
                Suppression.NONE);
    }

    private static SurveyQuestion threeChoices(String label) {
        return new SurveyQuestion(
                "keko-2019",
                OutcomeSheetsContent.CAMPAIGN,
                "topic",
                label,
                100,
                List.of(choice("Kyllä", 37, 100), choice("Osittain", 30, 100), choice("Ei", 33, 100)),
                Suppression.NONE);
    }

    /** A choice with its share; the interval is not what this content is about, so it is left out. */
    private static ChoiceResult choice(String label, long count, long answered) {
        return new ChoiceResult(
                label.toLowerCase(java.util.Locale.ROOT),
                label,
                Optional.of(count),
                Optional.of(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(answered), MathContext.DECIMAL64)),
                Optional.empty(),
                Optional.empty());
    }
}
