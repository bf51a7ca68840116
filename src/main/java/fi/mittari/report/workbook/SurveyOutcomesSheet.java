package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.SurveyQuestion;
import fi.mittari.report.content.SurveyQuestion.ChoiceResult;
import fi.mittari.report.content.WorkbookContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Survey outcomes: per closed question its campaign, its label, and per choice the count, the share of those who
 * answered the question with its 95 % interval, and that denominator; beside each table a native bar chart of the
 * shares linked to the share cells. A block takes as many rows as its table or its chart, whichever is taller, so no
 * chart overlaps the next question. Suppressed questions show their note and no figures (and no chart).
 */
final class SurveyOutcomesSheet implements ContentSheet {

    static final int COLUMNS = 6;
    /** Charts start at column H, one empty column after the table (A–F), and end where column Q begins. */
    static final int CHART_FIRST_COLUMN = 7;

    static final int CHART_END_COLUMN = 16;
    static final int CHART_ROWS = 15;
    static final int FIRST_BLOCK_ROW = 3;

    private record Words(
            String sheet,
            String title,
            String note,
            String choice,
            String count,
            String share,
            String low,
            String high,
            String answered,
            String nothing) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Kyselyjen tulokset",
                    "Kyselyjen tulokset",
                    "Osuudet ovat kysymykseen vastanneista; väli on 95 %:n luottamusväli (Wilson). Tyhjä solu: alle 5 vastaajan"
                            + " lukumäärä tai luku, josta sen voisi laskea.",
                    "Vaihtoehto",
                    "Lukumäärä",
                    "Osuus",
                    "Väli alaraja",
                    "Väli yläraja",
                    "Vastanneita",
                    "Ei suljettuja kysymyksiä tällä kaudella.");
            case SV -> new Words(
                    "Enkätresultat",
                    "Enkätresultat",
                    "Andelarna gäller dem som svarat på frågan; intervallet är ett 95 % konfidensintervall (Wilson). Tom"
                            + " cell: färre än 5 svarande eller ett tal som det kunde räknas ut ur.",
                    "Alternativ",
                    "Antal",
                    "Andel",
                    "Intervall nedre",
                    "Intervall övre",
                    "Svarande",
                    "Inga slutna frågor under perioden.");
            case EN -> new Words(
                    "Survey outcomes",
                    "Survey outcomes",
                    "Shares are of those who answered the question; the interval is a 95 % confidence interval"
                            + " (Wilson). An empty cell: fewer than 5 respondents, or a figure it could be worked"
                            + " out from.",
                    "Choice",
                    "Count",
                    "Share",
                    "Interval low",
                    "Interval high",
                    "Answered",
                    "No closed questions in the period.");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public boolean present(WorkbookContent content) {
        return content.distributions().isPresent();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        SheetLayout.widths(sheet, 48, 12, 10, 14, 14, 12);
        OutcomeCells.text(sheet.createRow(0), 0, words.title(), styles.title());
        OutcomeCells.text(sheet.createRow(1), 0, words.note(), styles.text());
        List<SurveyQuestion> questions = content.distributions().orElse(List.of());
        if (questions.isEmpty()) {
            OutcomeCells.text(sheet.createRow(FIRST_BLOCK_ROW), 0, words.nothing(), styles.text());
            SheetLayout.print(sheet, true);
            return;
        }
        int top = FIRST_BLOCK_ROW;
        List<Integer> tops = new ArrayList<>();
        for (SurveyQuestion question : questions) {
            tops.add(top);
            top = block(sheet, top, question, words, styles) + 2; // one empty row between blocks
        }
        tops.add(top);
        // the charts' widths follow the columns: fitted first, then the pages are worked out from them
        SheetLayout.fitText(sheet);
        ChartPages pages = new ChartPages(sheet, true, CHART_END_COLUMN);
        for (int block = 0; block < questions.size(); block++) {
            pages.keepTogether(tops.get(block), tops.get(block + 1) - 1);
        }
        pages.printArea(top - 1);
    }

    /** Writes one question's block from row {@code top}; returns the last row the block (table or chart) covers. */
    private static int block(Sheet sheet, int top, SurveyQuestion question, Words words, Styles styles) {
        OutcomeCells.text(sheet.createRow(top), 0, question.campaignTitle(), styles.answerText());
        OutcomeCells.text(sheet.createRow(top + 1), 0, question.label(), styles.answerText());
        if (question.suppression().suppressed()) {
            OutcomeCells.text(
                    sheet.createRow(top + 2), 0, question.suppression().note().orElse(""), styles.wrapped());
            return top + 2;
        }
        Row header = sheet.createRow(top + 2);
        String[] titles = {words.choice(), words.count(), words.share(), words.low(), words.high(), words.answered()};
        for (int column = 0; column < titles.length; column++) {
            OutcomeCells.text(header, column, titles[column], styles.header());
        }
        int first = top + 3;
        int row = first;
        for (ChoiceResult choice : question.choices()) {
            Row line = sheet.createRow(row++);
            OutcomeCells.text(line, 0, choice.label(), styles.answerText());
            OutcomeCells.number(line, 1, choice.count(), styles.count());
            OutcomeCells.number(line, 2, choice.share(), styles.percent(1));
            OutcomeCells.number(line, 3, choice.intervalLow(), styles.percent(1));
            OutcomeCells.number(line, 4, choice.intervalHigh(), styles.percent(1));
            OutcomeCells.number(line, 5, Optional.of(question.answered()), styles.count());
        }
        if (question.choices().isEmpty()) {
            return top + 2;
        }
        int last = row - 1;
        int chartEnd = Math.max(row, top + CHART_ROWS);
        NativeBarChart.draw(
                sheet,
                new NativeBarChart.Place(CHART_FIRST_COLUMN, top, CHART_END_COLUMN, chartEnd),
                question.label(),
                new CellRangeAddress(first, last, 0, 0),
                new NativeBarChart.Series(words.share(), new CellRangeAddress(first, last, 2, 2)),
                NativeBarChart.Scale.SHARE);
        return chartEnd - 1; // the anchor's end row is exclusive: the chart covers rows top … chartEnd - 1
    }
}
