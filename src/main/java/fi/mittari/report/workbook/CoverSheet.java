package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Cover;
import fi.mittari.report.content.WorkbookContent;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The cover: title, report code, the ecosystem of a report of one (its name, and a region ecosystem's region), the
 * projects with funder and grant id, the period, when the figures are from and when
 * the file was made (real date cells, in the application's time zone), the Mittari version, the contact, and a table of contents with
 * a link to every sheet of this workbook. It is a form, not a table: nothing to filter, nothing to freeze.
 */
final class CoverSheet implements ContentSheet {

    private record Words(
            String sheet,
            String reportCode,
            String period,
            String asOf,
            String generatedAt,
            String version,
            String contact,
            String email,
            String phone,
            String projects,
            String code,
            String name,
            String funder,
            String grantId,
            String contents,
            String ecosystem,
            String region,
            String allProjects) {}

    private static Words words(ReportLanguage language) {
        return switch (language) {
            case FI -> new Words(
                    "Kansilehti",
                    "Raportin tunnus",
                    "Kausi",
                    "Luvut tilanteesta",
                    "Laadittu",
                    "Mittarin versio",
                    "Yhteyshenkilö",
                    "Sähköposti",
                    "Puhelin",
                    "Hankkeet",
                    "Tunnus",
                    "Nimi",
                    "Rahoittaja",
                    "Avustusnumero",
                    "Sisällys",
                    "Ekosysteemi",
                    "Maakunta",
                    "Kaikkien hankkeiden tilaisuudet, osallistujat ja vastaukset maakunnasta");
            case SV -> new Words(
                    "Pärm",
                    "Rapportens kod",
                    "Period",
                    "Siffror per",
                    "Upprättad",
                    "Mittari-version",
                    "Kontaktperson",
                    "E-post",
                    "Telefon",
                    "Projekt",
                    "Kod",
                    "Namn",
                    "Finansiär",
                    "Understödsnummer",
                    "Innehåll",
                    "Ekosystem",
                    "Landskap",
                    "Alla projekts evenemang, deltagare och svar från landskapet");
            case EN -> new Words(
                    "Cover",
                    "Report code",
                    "Period",
                    "Figures as of",
                    "Generated at",
                    "Mittari version",
                    "Contact",
                    "Email",
                    "Phone",
                    "Projects",
                    "Code",
                    "Name",
                    "Funder",
                    "Grant id",
                    "Contents",
                    "Ecosystem",
                    "Region",
                    "Every project's events, participants and answers from the region");
        };
    }

    @Override
    public String name(ReportLanguage language) {
        return words(language).sheet();
    }

    @Override
    public void write(Sheet sheet, WorkbookContent content, Styles styles) {
        Words words = words(content.language());
        Cover cover = content.cover();
        SheetLayout.widths(sheet, 24, 44, 24, 20);
        Rows rows = new Rows(sheet, styles);
        rows.line().styled(cover.title(), styles.title());
        rows.skip();
        rows.line().text(words.reportCode()).answer(cover.reportCode());
        rows.line().text(words.period()).date(cover.periodFrom()).date(cover.periodTo());
        rows.line().text(words.asOf()).dateTime(cover.asOf(), cover.zone());
        rows.line().text(words.generatedAt()).dateTime(cover.generatedAt(), cover.zone());
        rows.line().text(words.version()).answer(cover.mittariVersion());
        rows.line().text(words.contact()).answer(cover.contactName());
        cover.contactEmail().ifPresent(email -> rows.line().text(words.email()).answer(email));
        cover.contactPhone().ifPresent(phone -> rows.line().text(words.phone()).answer(phone));
        cover.ecosystem().ifPresent(ecosystem -> {
            rows.line().text(words.ecosystem()).wrappedAnswer(ecosystem.name()).answer(ecosystem.code());
            ecosystem.region().ifPresent(region -> rows.line()
                    .text(words.region())
                    .wrappedAnswer(region)
                    .wrappedAnswer(words.allProjects()));
        });
        rows.skip();
        rows.section(words.projects());
        rows.header(words.code(), words.name(), words.funder(), words.grantId());
        for (Cover.ProjectLine project : cover.projects()) {
            rows.line()
                    .answer(project.code())
                    .wrappedAnswer(project.name())
                    .answer(project.funder())
                    .answer(project.grantId());
        }
        rows.skip();
        rows.section(words.contents());
        for (String name : FunderWorkbook.sheetNames(content)) {
            Cell cell = rows.line().styled(name, styles.link()).cell(0);
            Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(target(name));
            cell.setHyperlink(link);
        }
        SheetLayout.print(sheet, false);
    }

    /** An internal link's target: the sheet's cell A1, the name quoted (and its quotes doubled) as Excel wants. */
    static String target(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'!A1";
    }
}
