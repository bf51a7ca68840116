package fi.mittari.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.BreakdownRow;
import fi.mittari.report.content.Figure;
import fi.mittari.report.content.GoalResult;
import fi.mittari.report.content.SummaryRow;
import fi.mittari.report.content.Suppression;
import fi.mittari.report.content.WorkbookContent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A change reads with its sign on every sheet that shows one: the Summary, the Breakdowns and the Goals as well as
 * the Change sheet (ChangeSheetTest): +0.6 and its interval +0.2 to +1.0, a decline −0.3 with the minus sign.
 */
class SignedChangeSheetsTest {

    private static final Figure RISE = new Figure(Optional.of(new BigDecimal("0.6379")), Figure.Format.CHANGE, 1);
    private static final Figure FALL = new Figure(Optional.of(new BigDecimal("-0.3")), Figure.Format.CHANGE, 1);
    private static final Optional<BigDecimal> LOW = Optional.of(new BigDecimal("0.2"));
    private static final Optional<BigDecimal> HIGH = Optional.of(new BigDecimal("1.04"));

    @Test
    void summaryBreakdownsAndGoalsShowAChangeWithItsSign() throws Exception {
        WorkbookContent keko = TableSheetsContent.keko(ReportLanguage.FI);
        var content = new WorkbookContent(
                ReportLanguage.FI,
                keko.cover(),
                List.of(new SummaryRow(
                        "TKK",
                        "work_ability_change",
                        "Työkyvyn muutos",
                        "pistettä",
                        RISE,
                        Optional.of(58L),
                        Optional.empty(),
                        Optional.empty(),
                        LOW,
                        HIGH,
                        Optional.empty(),
                        Optional.of(new BigDecimal("0.5")),
                        Optional.empty(),
                        DataBasis.SAMPLE,
                        "otos",
                        Suppression.NONE)),
                List.of(new BreakdownRow(
                        "TKK",
                        "work_ability_change",
                        "Työkyvyn muutos",
                        "project",
                        "Hanke",
                        "tkk",
                        "Työkyky käyttöön",
                        FALL,
                        Optional.of(20L),
                        Optional.of(new BigDecimal("-0.9")),
                        Optional.of(new BigDecimal("0.3")),
                        Suppression.NONE)),
                List.of(new GoalResult(
                        "TKK",
                        "Työkyky paranee",
                        Optional.of("work_ability_change"),
                        Optional.of("Työkyvyn muutos"),
                        Optional.empty(),
                        Optional.of(new BigDecimal("0.5")),
                        RISE,
                        "otos",
                        "Työkyky parani keskimäärin 0,6 pistettä.",
                        Suppression.NONE)),
                keko.activities(),
                keko.reach(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                keko.quality(),
                keko.method(),
                Optional.empty());
        try (XSSFWorkbook workbook = Written.open(content)) {
            var summary = workbook.getSheet("Yhteenveto");
            // row 4: value D, interval I–J, target L
            assertThat(shown(summary, 3, 3)).isEqualTo("+0.6");
            assertThat(shown(summary, 3, 8)).isEqualTo("+0.2");
            assertThat(shown(summary, 3, 9)).isEqualTo("+1.0");
            assertThat(shown(summary, 3, 11)).isEqualTo("+0.5");
            var breakdowns = workbook.getSheet("Erittelyt");
            // row 4: value F, interval H–I
            assertThat(shown(breakdowns, 3, 5)).isEqualTo("\u22120.3");
            assertThat(shown(breakdowns, 3, 7)).isEqualTo("\u22120.9");
            assertThat(shown(breakdowns, 3, 8)).isEqualTo("+0.3");
            var goals = workbook.getSheet("Tulokset tavoitteisiin");
            // row 4: target E, actual F
            assertThat(shown(goals, 3, 4)).isEqualTo("+0.5");
            assertThat(shown(goals, 3, 5)).isEqualTo("+0.6");
        }
    }

    private static String shown(org.apache.poi.ss.usermodel.Sheet sheet, int row, int column) {
        return new DataFormatter(Locale.ROOT).formatCellValue(sheet.getRow(row).getCell(column));
    }
}
