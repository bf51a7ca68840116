package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.AnswerData.CodebookEntry;
import fi.mittari.report.content.AnswerData.CodedValue;
import fi.mittari.report.content.AnswerData.Protection;
import fi.mittari.report.content.WorkbookContent;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Codebook: what the Data sheet's question keys and values mean. One row per coded value of a closed question
 * (campaign, question key, label, type, value, value label); a question without coded values (number, date, text) has
 * one row with its label and type and no value. Labels are staff input: quote-prefixed text. Below the table, a note
 * says whether the Data sheet is anonymised or only pseudonymised, and lists what was left out to anonymise it.
 */
final class CodebookSheet implements StreamedSheet {

    static final int COLUMNS = 6;

    private static List<String> header(ReportLanguage language) {
        return switch (language) {
            case FI -> List.of("Kampanja", "Kysymys", "Kysymyksen teksti", "Tyyppi", "Arvo", "Arvon selite");
            case SV -> List.of("Kampanj", "Fråga", "Frågans text", "Typ", "Värde", "Värdets text");
            case EN -> List.of("Campaign", "Question key", "Label", "Type", "Value", "Value label");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return switch (language) {
            case FI -> "Koodikirja";
            case SV -> "Kodbok";
            case EN -> "Codebook";
        };
    }

    @Override
    public boolean present(WorkbookContent content) {
        return content.data().isPresent();
    }

    @Override
    public void write(Tabs tabs, WorkbookContent content, Styles styles) {
        SXSSFSheet sheet = tabs.next(); // a codebook is per question, never near Excel's row limit
        SheetLayout.widths(sheet, 20, 20, 48, 12, 12, 36);
        SheetLayout.print(sheet, true);
        List<String> header = header(content.language());
        Row headerRow = sheet.createRow(0);
        for (int column = 0; column < COLUMNS; column++) {
            OutcomeCells.text(headerRow, column, header.get(column), styles.header());
        }
        int next = 1;
        for (CodebookEntry entry : content.data().orElseThrow().codebook()) {
            if (entry.values().isEmpty()) {
                question(sheet.createRow(next++), entry, styles);
            }
            for (CodedValue value : entry.values()) {
                Row row = sheet.createRow(next++);
                question(row, entry, styles);
                OutcomeCells.text(row, 4, value.value(), styles.answerText());
                OutcomeCells.text(row, 5, value.label(), styles.answerText());
            }
        }
        SheetLayout.table(sheet, 0, next - 1, COLUMNS);
        protection(
                sheet,
                next + 1,
                content.language(),
                content.data().orElseThrow().protection(),
                styles);
    }

    /** Below the table: whether the Data sheet is anonymised or pseudonymised, and what was left out to anonymise it. */
    private static void protection(SXSSFSheet sheet, int first, ReportLanguage language, Protection p, Styles styles) {
        int next = first;
        OutcomeCells.text(sheet.createRow(next++), 0, protectionNote(language, p), styles.text());
        for (CodebookEntry column : p.droppedColumns()) {
            Row row = sheet.createRow(next++);
            OutcomeCells.text(row, 0, column.campaignSlug(), styles.text());
            OutcomeCells.text(row, 1, column.questionKey(), styles.text());
            OutcomeCells.text(row, 2, column.label(), styles.answerText());
            OutcomeCells.text(row, 3, droppedNote(language), styles.text());
        }
        for (CodebookEntry column : p.mergedColumns()) {
            Row row = sheet.createRow(next++);
            OutcomeCells.text(row, 0, column.campaignSlug(), styles.text());
            OutcomeCells.text(row, 1, column.questionKey(), styles.text());
            OutcomeCells.text(row, 2, column.label(), styles.answerText());
            OutcomeCells.text(row, 3, mergedNote(language), styles.text());
        }
        for (String campaign : p.campaignsLeftOut()) {
            Row row = sheet.createRow(next++);
            OutcomeCells.text(row, 0, campaign, styles.text());
            OutcomeCells.text(row, 3, leftOutNote(language, p.k()), styles.text());
        }
    }

    static String protectionNote(ReportLanguage language, Protection p) {
        if (!p.anonymised()) {
            return switch (language) {
                case FI -> "Aineisto on pseudonymisoitu, ei anonymisoitu: vastaajat on numeroitu, mutta avoimet"
                        + " vastaukset ja päivämäärät voivat tunnistaa henkilön. Käsittele henkilötietona.";
                case SV -> "Materialet är pseudonymiserat, inte anonymiserat: de svarande är numrerade, men öppna"
                        + " svar och datum kan identifiera en person. Hantera det som personuppgifter.";
                case EN -> "The data is pseudonymised, not anonymised: respondents are numbered, but open answers"
                        + " and dates can identify a person. Handle it as personal data.";
            };
        }
        return switch (language) {
            case FI -> "Aineisto on anonymisoitu: päivämäärät kuukauden tarkkuudella, ja jokainen kampanjan ja"
                    + " taustakysymysten vastausten yhdistelmä koskee vähintään " + p.k() + " vastaajaa. Alla"
                    + " luetellaan, mitä sen vuoksi on yhdistetty tai jätetty pois.";
            case SV -> "Materialet är anonymiserat: datum på månadsnivå, och varje kombination av kampanj och svar"
                    + " på bakgrundsfrågor gäller minst " + p.k() + " svarande. Nedan anges vad som därför har"
                    + " slagits samman eller utelämnats.";
            case EN -> "The data is anonymised: dates are given as months, and every combination of campaign and"
                    + " background answers describes at least " + p.k() + " respondents. Listed below is what"
                    + " was merged or left out for that.";
        };
    }

    private static String droppedNote(ReportLanguage language) {
        return switch (language) {
            case FI -> "jätetty pois (tunnistettavuus)";
            case SV -> "utelämnad (identifierbarhet)";
            case EN -> "left out (identifiability)";
        };
    }

    private static String mergedNote(ReportLanguage language) {
        return switch (language) {
            case FI -> "pienet ryhmät yhdistetty arvoksi *";
            case SV -> "små grupper sammanslagna till värdet *";
            case EN -> "small groups merged into the value *";
        };
    }

    private static String leftOutNote(ReportLanguage language, int k) {
        return switch (language) {
            case FI -> "kampanja jätetty pois: alle " + k + " vastaajaa";
            case SV -> "kampanjen utelämnad: under " + k + " svarande";
            case EN -> "campaign left out: fewer than " + k + " respondents";
        };
    }

    private static void question(Row row, CodebookEntry entry, Styles styles) {
        OutcomeCells.text(row, 0, entry.campaignSlug(), styles.text());
        OutcomeCells.text(row, 1, entry.questionKey(), styles.text());
        OutcomeCells.text(row, 2, entry.label(), styles.answerText());
        OutcomeCells.text(row, 3, entry.type(), styles.text());
    }
}
