package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** XPath's {@code regex()} as Mittari's {@code matches()}, and select_one_external from the external_choices sheet. */
class XlsFormRegexAndExternalChoicesTest {

    private static final String[][] EXTERNAL = {
        {"list_name", "name", "label", "zone"},
        {"city", "helsinki", "Helsinki", "south"},
        {"city", "oulu", "Oulu", "north"}
    };

    @Test
    void regexBecomesMatchesWithThePatternAsWritten() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "constraint", "relevant"},
                    {"text", "email", "E-mail?", "regex(., '^[a-z.]+@[a-z]+\\.fi$')", ""},
                    {"text", "why", "Why?", "", "not(regex(${email}, '@example\\.fi'))"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("constraint: matches(., '^[a-z.]+@[a-z]+\\.fi$')")
                .contains("relevant: not(matches(email, '@example\\.fi'))");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aPatternWithABackreferenceIsRefusedAtItsCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "constraint"},
                    {"text", "word", "Word?", "regex(., '^(a+)\\1$')"}
                },
                YES_NO);

        List<DefinitionProblem> located = imported.atCells(
                new QuestionnaireYamlReader().read("form.xlsx", imported.yaml()).problems());

        assertThat(located)
                .filteredOn(problem -> problem.severity() == DefinitionProblem.Severity.ERROR)
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.path()).isEqualTo("survey!D2");
                    assertThat(error.message()).contains("cannot be used").contains("backreferences");
                });
    }

    @Test
    void selectOneExternalTakesItsChoicesFromTheExternalChoicesSheet() throws IOException {
        XSSFWorkbook workbook = XlsFormWorkbooks.workbook(
                new String[][] {{"type", "name", "label"}, {"select_one_external city", "home", "Home town?"}},
                new String[][] {{"list_name", "name", "label"}, {"city", "turku", "Turku"}});
        XlsFormWorkbooks.fill(workbook.createSheet("external_choices"), EXTERNAL);

        XlsFormImport imported = XlsFormWorkbooks.importWorkbook(workbook);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("type: single_choice")
                .contains("value: helsinki")
                .contains("value: oulu")
                .doesNotContain("turku");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void selectOneExternalWithoutTheSheetIsRefusedAtItsTypeCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {{"type", "name", "label"}, {"select_one_external city", "home", "Home town?"}}, YES_NO);

        assertThat(errors(imported)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("survey!A2");
            assertThat(error.message()).contains("external_choices sheet, which this workbook does not have");
        });
    }

    @Test
    void aListMissingFromTheExternalChoicesSheetIsRefusedAtItsTypeCell() throws IOException {
        XSSFWorkbook workbook = XlsFormWorkbooks.workbook(
                new String[][] {{"type", "name", "label"}, {"select_one_external town", "home", "Home town?"}}, YES_NO);
        XlsFormWorkbooks.fill(workbook.createSheet("external_choices"), EXTERNAL);

        assertThat(errors(XlsFormWorkbooks.importWorkbook(workbook)))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.path()).isEqualTo("survey!A2");
                    assertThat(error.message()).contains("needs the name of a list in the external_choices sheet");
                });
    }
}
