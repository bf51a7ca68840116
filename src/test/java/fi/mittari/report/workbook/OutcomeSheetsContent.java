package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Activities;
import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.AnswerData.AnswerRow;
import fi.mittari.report.content.AnswerData.CodebookEntry;
import fi.mittari.report.content.AnswerData.CodedValue;
import fi.mittari.report.content.ChangeResult;
import fi.mittari.report.content.Cover;
import fi.mittari.report.content.Employment;
import fi.mittari.report.content.Employment.EmploymentType;
import fi.mittari.report.content.Figure;
import fi.mittari.report.content.Method;
import fi.mittari.report.content.Reach;
import fi.mittari.report.content.Suppression;
import fi.mittari.report.content.SurveyQuestion;
import fi.mittari.report.content.SurveyQuestion.ChoiceResult;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.support.TimeZones;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A workbook's outcome content built by hand from the articles' figures (docs/domain.md): KeKo's "found new partners" 53 of
 * 100, Työkyky käyttöön's work ability change over 58 pairs and its 64 coached / 17 employed. The intervals are 95 %
 * Wilson intervals worked out by hand: for 53/100, centre (0.53 + 1.96²/200) / (1 + 1.96²/100) = 0.5289 and half-width
 * 1.96·√(0.53·0.47/100 + 1.96²/40000) / 1.0384 = 0.0960, so 0.4329–0.6249; for 17/64, 0.2789 ± 0.1059 = 0.1730–0.3848.
 */
final class OutcomeSheetsContent {

    static final String CAMPAIGN = "KeKo-kysely 2019";
    static final String PARTNERS = "Löysitkö hankkeen kautta uusia yhteistyökumppaneita?";
    static final String SECTOR = "Organisaatiosi sektori";
    static final String PATHWAYS = "Suunnittelitteko uusia palvelupolkuja?";
    static final String SUPPRESSED_NOTE = "alle 5 vastaajaa";
    static final String WORK_ABILITY = "Koettu työkyky";
    static final String FORMULA_ANSWER = "=HYPERLINK(\"http://example.org\",\"klikkaa\")";
    static final Instant GENERATED = Instant.parse("2020-02-03T08:00:00Z");

    private OutcomeSheetsContent() {}

    static WorkbookContent keko() {
        return with(
                ReportLanguage.FI,
                Optional.of(questions()),
                List.of(workAbility(), suppressedChange()),
                Optional.of(employment()),
                Optional.of(data(answers())));
    }

    static WorkbookContent with(
            ReportLanguage language,
            Optional<List<SurveyQuestion>> distributions,
            List<ChangeResult> changes,
            Optional<Employment> employment,
            Optional<AnswerData> data) {
        var cover = new Cover(
                "KeKo – raportti STEAlle 2019",
                "keko-2019",
                List.of(new Cover.ProjectLine("KEKO", "Kehittämisen koordinaatiohanke", "STEA", Optional.empty())),
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31),
                GENERATED,
                GENERATED,
                "test",
                "Hanna Hankevetäjä",
                Optional.empty(),
                Optional.empty(),
                TimeZones.HELSINKI);
        var activities = new Activities(
                new Activities.ActivityRow(
                        "all",
                        "Kaikki",
                        0,
                        0,
                        Optional.of(0L),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Suppression.NONE),
                List.of());
        var method = new Method(List.of(), "Wilson", "alle 5", List.of());
        return new WorkbookContent(
                language,
                cover,
                List.of(),
                List.of(),
                List.of(),
                activities,
                new Reach(List.of()),
                distributions,
                changes,
                employment,
                List.of(),
                method,
                data);
    }

    static List<SurveyQuestion> questions() {
        return List.of(
                new SurveyQuestion(
                        "keko-2019",
                        CAMPAIGN,
                        "partners",
                        PARTNERS,
                        100,
                        List.of(
                                choice("yes", "Kyllä", 53, "0.53", "0.4329", "0.6249"),
                                choice("no", "Ei", 47, "0.47", "0.3751", "0.5671")),
                        Suppression.NONE),
                // 12/20: Wilson 0.5839 ± 0.1973
                new SurveyQuestion(
                        "keko-2019",
                        CAMPAIGN,
                        "sector",
                        SECTOR,
                        20,
                        List.of(
                                choice("third", "Kolmas sektori", 12, "0.6", "0.3866", "0.7812"),
                                choice("municipal", "Kunta", 8, "0.4", "0.2188", "0.6134")),
                        Suppression.NONE),
                new SurveyQuestion(
                        "keko-2019",
                        CAMPAIGN,
                        "pathways",
                        PATHWAYS,
                        3,
                        List.of(new ChoiceResult(
                                "yes",
                                "Kyllä",
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())),
                        Suppression.because(SUPPRESSED_NOTE)));
    }

    private static ChoiceResult choice(String value, String label, long count, String share, String low, String high) {
        return new ChoiceResult(
                value,
                label,
                Optional.of(count),
                Optional.of(new BigDecimal(share)),
                Optional.of(new BigDecimal(low)),
                Optional.of(new BigDecimal(high)));
    }

    /** 58 pairs with score sums 325 at baseline and 362 at follow-up: means 5.6034 and 6.2414, change 37/58 = 0.6379. */
    static ChangeResult workAbility() {
        return new ChangeResult(
                "TKK",
                "006",
                WORK_ABILITY,
                "pistettä 0–10",
                1,
                "kysely, alku- ja seurantamittaus",
                Optional.of(58L),
                Optional.of(6L),
                Optional.of(ratio(325, 58)),
                Optional.of(ratio(362, 58)),
                Optional.of(ratio(37, 58)),
                Optional.of(new BigDecimal("0.3123")),
                Optional.of(new BigDecimal("0.9635")),
                Optional.of(36L),
                Optional.of(10L),
                Optional.of(12L),
                Suppression.NONE);
    }

    static ChangeResult suppressedChange() {
        return new ChangeResult(
                "TKK",
                "007",
                "Luottamus tulevaisuuteen",
                "pistettä 0–10",
                1,
                "kysely, alku- ja seurantamittaus",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Suppression.because("alle 5 paria"));
    }

    /** 64 coached, 17 employed: rate 17/64 = 0.265625, shown with two decimals as 0.27. */
    static Employment employment() {
        return new Employment(
                "TKK",
                Figure.count(64),
                Figure.count(17),
                List.of(
                        new EmploymentType("open", "Avoimet työmarkkinat", Optional.of(12L), Suppression.NONE),
                        new EmploymentType("subsidised", "Palkkatuettu työ", Optional.of(5L), Suppression.NONE),
                        new EmploymentType(
                                "apprenticeship",
                                "Oppisopimus",
                                Optional.empty(),
                                Suppression.because("alle 5 henkilöä"))),
                new Figure(Optional.of(new BigDecimal("0.265625")), Figure.Format.DECIMAL, 2),
                Optional.of(new BigDecimal("0.1730")),
                Optional.of(new BigDecimal("0.3848")),
                "6 kuukautta valmennuksen päättymisestä",
                "kerätty tieto",
                Suppression.NONE);
    }

    /** Seven answers of three respondents: numbers, choice values and texts, one of them a formula. */
    static List<AnswerRow> answers() {
        return List.of(
                row(1, "partners", "yes", null),
                row(1, "age", "42", "42"),
                row(1, "feedback", FORMULA_ANSWER, null),
                row(2, "partners", "no", null),
                row(2, "age", "37.5", "37.5"),
                row(2, "feedback", "+SUM(A1:A9)", null),
                row(3, "partners", "yes", null));
    }

    private static AnswerRow row(long respondent, String key, String value, String number) {
        return new AnswerRow(
                respondent, "keko-2019", key, value, Optional.ofNullable(number).map(BigDecimal::new));
    }

    static AnswerData data(List<AnswerRow> rows) {
        return new AnswerData(
                List.of(
                        new CodebookEntry(
                                "keko-2019",
                                "partners",
                                PARTNERS,
                                "choice",
                                List.of(new CodedValue("yes", "Kyllä"), new CodedValue("no", "Ei"))),
                        new CodebookEntry("keko-2019", "age", "Ikä", "number", List.of()),
                        new CodebookEntry("keko-2019", "feedback", "Palaute", "text", List.of())),
                rows::forEach);
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }
}
