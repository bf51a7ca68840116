package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.report.ReportLanguage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The report's words and numbers in Finnish, Swedish and English. */
class ReportTextsTest {

    private static final LocalDate FROM = LocalDate.parse("2019-01-01");
    private static final LocalDate TO = LocalDate.parse("2019-12-31");

    @Test
    void pasteTextsSayGoalActualBasisAndPeriodInTheReportsLanguage() {
        assertThat(texts(ReportLanguage.FI).paste("10–15 alueellista verkostoa", "12", DataBasis.COLLECTED, FROM, TO))
                .isEqualTo(
                        "Tavoite: 10–15 alueellista verkostoa. Toteutunut: 12 (kerätty tieto, 1.1.2019–31.12.2019).");
        assertThat(texts(ReportLanguage.SV).paste("10–15 regionala nätverk", "12", DataBasis.SAMPLE, FROM, TO))
                .isEqualTo("Mål: 10–15 regionala nätverk. Utfall: 12 (urval, 1.1.2019–31.12.2019).");
        assertThat(texts(ReportLanguage.EN).paste("10–15 regional networks", "12", DataBasis.ESTIMATE, FROM, TO))
                .isEqualTo("Goal: 10–15 regional networks. Achieved: 12 (estimate, 1 Jan 2019–31 Dec 2019).");
    }

    @Test
    void numbersUseCommaDecimalsAndSpaceThousandsExceptInEnglish() {
        assertThat(texts(ReportLanguage.FI).number(new BigDecimal("1290.46"), 1))
                .isEqualTo("1 290,5");
        assertThat(texts(ReportLanguage.SV).number(new BigDecimal("0.5"), 0)).isEqualTo("1");
        assertThat(texts(ReportLanguage.EN).number(new BigDecimal("1290.46"), 1))
                .isEqualTo("1,290.5");
    }

    @Test
    void marksEveryHiddenCellAlikeAndNamesTheConfiguredThresholdsInTheRule() {
        ReportTexts fi = new ReportTexts(ReportLanguage.FI, new SuppressionRule(7, 12));
        assertThat(fi.hidden().note()).contains("piilotettu");
        assertThat(texts(ReportLanguage.SV).hidden().note()).contains("dold");
        assertThat(texts(ReportLanguage.EN).hidden().note()).contains("hidden");
        assertThat(fi.suppressionRule())
                .startsWith("Alle 7 henkilön lukumääriä ei näytetä")
                .contains("alle 12");
    }

    private static ReportTexts texts(ReportLanguage language) {
        return new ReportTexts(language, SuppressionRule.DEFAULT);
    }
}
