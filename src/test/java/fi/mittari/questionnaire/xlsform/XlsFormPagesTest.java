package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.DefinitionProblem.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsFormPagesTest {

    private static final String[] HEADERS = {
        "type",
        "name",
        "label::Finnish (fi)",
        "label::English (en)",
        "hint::Finnish (fi)",
        "hint::English (en)",
        "relevant"
    };

    private final XlsFormImporter importer = new XlsFormImporter();

    @Test
    void topLevelGroupsBecomePagesAndQuestionsOutsideThemImplicitPages() throws IOException {
        XlsFormImport result = importer.importWorkbook("followup.xlsx", EmploymentFollowUpWorkbook.build(false));
        Questionnaire q = accepted(result);

        assertThat(q.pages())
                .extracting(Page::key, p -> p.title().get(Language.EN).orElse(""), Page::questionKeys)
                .containsExactly(
                        tuple("background", "Background", List.of("status", "employer_sector", "hours_per_week")),
                        tuple(
                                "page_2",
                                "",
                                List.of("support_received", "support_comments", "thanks", "followup_date")));
        // the form has one form_title, in Finnish, which the implicit page takes as its title
        assertThat(q.pages().get(1).title().get(Language.FI)).contains("Työllistymisen seuranta");
        assertThat(result.problems())
                .filteredOn(p -> p.line() == 7)
                .singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aGroupsHintAndConditionBecomeThePagesIntroAndConditionAndANestedGroupIsFlattened() throws IOException {
        InputStream workbook = workbook(
                new String[] {"begin group", "situation", "Tilanne", "Situation", "Kerro ensin.", "Tell us first."},
                new String[] {"select_one yn", "employed", "Töissä?", "Employed?"},
                new String[] {"end group"},
                new String[] {
                    "begin_group",
                    "work",
                    "Työ",
                    "Work",
                    "Vain työssä oleville.",
                    "Only if employed.",
                    "${employed} = 'yes'"
                },
                new String[] {"integer", "hours", "Tunnit", "Hours"},
                new String[] {"begin group", "details", "Lisää", "More", "", "", "${hours} > 30"},
                new String[] {"text", "employer", "Työnantaja", "Employer", "", "", "${hours} < 60"},
                new String[] {"end group"},
                new String[] {"end group"});
        XlsFormImport result = importer.importWorkbook("work.xlsx", workbook);
        Questionnaire q = accepted(result);

        assertThat(q.pages()).extracting(Page::key).containsExactly("situation", "work");
        Page work = q.pages().get(1);
        assertThat(work.intro().get(Language.EN)).contains("Only if employed.");
        assertThat(work.relevant()).isPresent();
        assertThat(work.questionKeys()).containsExactly("hours", "details", "employer");
        assertThat(q.pages().get(0).intro().get(Language.FI)).contains("Kerro ensin.");
        assertThat(result.yaml())
                .contains("relevant: employed = 'yes'")
                .contains("relevant: (hours > 30) and (hours < 60)");
        assertThat(result.problems())
                .extracting(DefinitionProblem::line, DefinitionProblem::severity)
                .containsExactly(tuple(7, Severity.WARNING));
        assertThat(result.problems().get(0).message()).contains("a group inside a group is flattened");
    }

    @Test
    void anEndGroupWithoutABeginAndAGroupLeftOpenAreErrorsAtTheirRows() throws IOException {
        InputStream workbook = workbook(
                new String[] {"text", "a", "A", "A"},
                new String[] {"end group"},
                new String[] {"begin group", "g", "G", "G"},
                new String[] {"text", "b", "B", "B"});
        XlsFormImport result = importer.importWorkbook("broken.xlsx", workbook);

        assertThat(result.problems())
                .filteredOn(p -> p.severity() == Severity.ERROR)
                .extracting(DefinitionProblem::line, DefinitionProblem::message)
                .containsExactlyInAnyOrder(
                        tuple(3, "'end group' without a 'begin group' before it"),
                        tuple(4, "this group has no 'end group'; it is closed at the end of the sheet"));
    }

    @Test
    void eachPageIsExportedAsAGroupAndReadBackAsThePage() throws IOException {
        String yaml = Files.readString(Path.of("surveys", "coaching-followup.yaml"));
        Questionnaire original =
                ((DefinitionResult.Accepted) new QuestionnaireYamlReader().read("c.yaml", yaml)).questionnaire();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsFormExporter().export(original, out);

        try (Workbook exported = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet survey = exported.getSheet("survey");
            assertThat(survey.getRow(1).getCell(0).getStringCellValue()).isEqualTo("begin group");
            assertThat(survey.getRow(1).getCell(1).getStringCellValue()).isEqualTo("situation");
        }
        Questionnaire back = accepted(importer.importWorkbook("c.xlsx", new ByteArrayInputStream(out.toByteArray())));
        assertThat(DocumentedDifferences.withoutColumns(back).pages())
                .isEqualTo(
                        DocumentedDifferences.expectedAfterRoundTrip(original).pages());
        assertThat(back.page("work").orElseThrow().relevant()).isPresent();
    }

    private static Questionnaire accepted(XlsFormImport result) {
        assertThat(result.hasErrors()).as(() -> result.problems().toString()).isFalse();
        DefinitionResult read = new QuestionnaireYamlReader().read("x.xlsx", result.yaml());
        assertThat(read).as(() -> read.problems() + "\n" + result.yaml()).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) read).questionnaire();
    }

    /** A survey sheet of {@link #HEADERS} and the rows given, a yes/no choice list and a Finnish default. */
    private static InputStream workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet survey = workbook.createSheet("survey");
            row(survey, HEADERS);
            for (String[] cells : rows) {
                row(survey, cells);
            }
            Sheet choices = workbook.createSheet("choices");
            row(choices, "list_name", "name", "label::Finnish (fi)", "label::English (en)");
            row(choices, "yn", "yes", "Kyllä", "Yes");
            row(choices, "yn", "no", "Ei", "No");
            Sheet settings = workbook.createSheet("settings");
            row(settings, "form_id", "form_title", "default_language");
            row(settings, "work", "Työ", "Finnish (fi)");
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
