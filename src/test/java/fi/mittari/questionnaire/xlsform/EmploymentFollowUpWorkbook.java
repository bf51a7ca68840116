package fi.mittari.questionnaire.xlsform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A hand-made XLSForm as an employment project would write it, built cell by cell with POI. */
final class EmploymentFollowUpWorkbook {

    static final List<String> SURVEY_HEADERS = List.of(
            "type",
            "name",
            "label::Finnish (fi)",
            "label::Swedish (sv)",
            "label::English (en)",
            "hint::Finnish (fi)",
            "required",
            "relevant",
            "constraint",
            "constraint_message::Finnish (fi)",
            "appearance");

    private EmploymentFollowUpWorkbook() {}

    /** Row numbers as Excel shows them: the group starts on row 2, the geopoint (when included) is row 11. */
    static InputStream build(boolean withGeopoint) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet survey = workbook.createSheet("survey");
            row(survey, SURVEY_HEADERS.toArray(String[]::new));
            row(survey, "begin group", "background", "Taustatiedot", "Bakgrund", "Background");
            row(
                    survey,
                    "select_one status",
                    "status",
                    "Mikä on tilanteesi nyt?",
                    "Vad är din situation nu?",
                    "What is your situation now?",
                    "",
                    "yes",
                    "",
                    "",
                    "",
                    "minimal");
            row(
                    survey,
                    "select_one sector",
                    "employer_sector",
                    "Millä sektorilla työnantajasi on?",
                    "Inom vilken sektor finns din arbetsgivare?",
                    "Which sector is your employer in?",
                    "",
                    "",
                    "${status} = 'employed'");
            row(
                    survey,
                    "integer",
                    "Hours-Per-Week",
                    "Montako tuntia viikossa teet töitä?",
                    "Hur många timmar i veckan arbetar du?",
                    "How many hours a week do you work?",
                    "Arvio riittää: \"noin 20\"",
                    "",
                    "${status} = 'employed'",
                    ". >= 0 and . <= 80",
                    "Anna tunnit väliltä 0–80.");
            row(survey, "end group");
            row(
                    survey,
                    "select_multiple support",
                    "support_received",
                    "Mitä tukea sait?",
                    "Vilket stöd fick du?",
                    "What support did you get?",
                    "Valitse kaikki sopivat.",
                    "",
                    "",
                    "count-selected(.) >= 1",
                    "Valitse vähintään yksi.");
            row(
                    survey,
                    "text",
                    "support_comments",
                    "Mikä tuesta auttoi eniten?",
                    "Vad i stödet hjälpte mest?",
                    "What in the support helped most?",
                    "",
                    "",
                    "count-selected(${support_received}) >= 1",
                    "",
                    "",
                    "multiline");
            row(
                    survey,
                    "note",
                    "thanks",
                    "Kiitos! Vielä yksi kysymys:",
                    "Tack! En fråga till:",
                    "Thank you! One more question:");
            row(survey, "date", "followup_date", "Päivämäärä", "Datum", "Date", "", "yes");
            if (withGeopoint) {
                row(survey, "geopoint", "location", "Missä asut?", "Var bor du?", "Where do you live?");
            }
            Sheet choices = workbook.createSheet("choices");
            row(choices, "list_name", "name", "label::Finnish (fi)", "label::Swedish (sv)", "label::English (en)");
            row(choices, "status", "employed", "Työssä", "I arbete", "Employed");
            row(choices, "status", "unemployed", "Työtön", "Arbetslös", "Unemployed");
            row(choices, "status", "studying", "Opiskelen", "Studerar", "Studying");
            row(choices, "sector", "public", "Julkinen", "Offentlig", "Public");
            row(choices, "sector", "private", "Yksityinen", "Privat", "Private");
            row(choices, "sector", "third", "Kolmas sektori", "Tredje sektorn", "Third sector");
            row(choices, "support", "coaching", "Valmennus", "Coachning", "Coaching");
            row(choices, "support", "training", "Koulutus", "Utbildning", "Training");
            Sheet settings = workbook.createSheet("settings");
            row(settings, "form_id", "form_title", "default_language", "version");
            row(settings, "employment_followup", "Työllistymisen seuranta", "Finnish (fi)", "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static void row(Sheet sheet, String... cells) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
