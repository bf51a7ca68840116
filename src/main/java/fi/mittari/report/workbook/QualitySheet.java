package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.CampaignQuality;
import fi.mittari.report.content.WorkbookContent;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Response and data quality: per campaign invited, complete, partial and the response rate; then per question how
 * many of those asked left it unanswered. The campaign figures stand in the same columns as the question figures
 * (the text columns first), so the two tables line up. The missing-answers table is the long one: its header is frozen (with the
 * few campaign rows above it) and repeated on printed pages, and the one autofilter Excel allows covers it.
 */
final class QualitySheet implements ContentSheet {

    private static final int MAX_FROZEN_CAMPAIGNS = 6;

    private record Words(
            String sheet, String[] campaignHeaders, String missingTitle, String[] missingHeaders, String nothing) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Vastaukset ja tiedon laatu",
                    new String[] {"Kysely", "", "", "Kutsuttuja", "Valmiita", "Keskeneräisiä", "Vastausaste"},
                    "Puuttuvat vastaukset kysymyksittäin",
                    new String[] {"Kysely", "Kysymys", "Kysymyksen teksti", "Kysyttiin", "Vastaamatta", "Osuus"},
                    "Ei kyselyitä tällä kaudella.");
            case SV -> new Words(
                    "Svar och datakvalitet",
                    new String[] {"Enkät", "", "", "Inbjudna", "Fullständiga", "Ofullständiga", "Svarsfrekvens"},
                    "Saknade svar per fråga",
                    new String[] {"Enkät", "Fråga", "Frågans text", "Ställd", "Obesvarad", "Andel"},
                    "Inga enkäter under perioden.");
            case EN -> new Words(
                    "Response and data quality",
                    new String[] {"Survey", "", "", "Invited", "Complete", "Partial", "Response rate"},
                    "Missing answers by question",
                    new String[] {"Survey", "Question", "Question text", "Asked", "Missing", "Share"},
                    "No surveys in the period.");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        SheetLayout.widths(sheet, 32, 14, 40, 14, 14, 14, 14);
        Rows rows = new Rows(sheet, styles);
        rows.title(words.sheet());
        rows.skip();
        int header = rows.header(words.campaignHeaders());
        for (CampaignQuality campaign : content.quality()) {
            rows.line()
                    .answer(campaign.campaignTitle())
                    .empty()
                    .empty()
                    .count(campaign.invited())
                    .count(campaign.complete())
                    .count(campaign.partial())
                    .number(campaign.responseRate(), styles.percent(1));
        }
        if (content.quality().isEmpty()) {
            rows.line().text(words.nothing());
        }
        rows.skip();
        rows.section(words.missingTitle());
        int missingHeader = rows.header(words.missingHeaders());
        for (CampaignQuality campaign : content.quality()) {
            for (CampaignQuality.MissingAnswers question : campaign.missing()) {
                rows.line()
                        .answer(campaign.campaignTitle())
                        .answer(question.questionKey())
                        .wrappedAnswer(question.label())
                        .count(question.asked())
                        .count(question.missing())
                        .number(question.share(), styles.percent(1));
            }
        }
        // the two tables have different columns: freeze (and repeat) the header of the table that scrolls, keeping
        // the few campaign rows above it in view; with many campaigns freeze the campaign header instead
        int frozen = content.quality().size() <= MAX_FROZEN_CAMPAIGNS ? missingHeader : header;
        sheet.createFreezePane(0, frozen + 1);
        sheet.setRepeatingRows(new CellRangeAddress(frozen, frozen, -1, -1));
        sheet.setAutoFilter(new CellRangeAddress(
                missingHeader, Math.max(missingHeader, rows.last()), 0, words.missingHeaders().length - 1));
        SheetLayout.print(sheet, true);
    }
}
