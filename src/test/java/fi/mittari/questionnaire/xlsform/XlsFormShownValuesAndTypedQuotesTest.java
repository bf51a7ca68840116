package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Two habits of real workbooks that pyxform reads: quotes a spreadsheet program made typographic, and notes (or
 * read-only rows) that show a calculated value.
 */
class XlsFormShownValuesAndTypedQuotesTest {

    @Test
    void typographicQuotesInAConditionAreReadAsStraightOnesWithAWarningAtTheCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"select_one yn", "leader", "Leader?", ""},
                    {"text", "other", "Other?", "${leader} = ‘yes’"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("relevant: leader = 'yes'");
        assertThat(imported.problems())
                .filteredOn(p -> p.message().contains("typographic quotes"))
                .extracting(DefinitionProblem::path)
                .containsExactly("survey!D3");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aNoteWithACalculationBecomesACalculationAndANoteShowingItsValue() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "calculation"},
                    {"integer", "n", "N?", ""},
                    {"note", "double", "Twice N is", "${n} * 2"},
                    {"calculate", "more", "", "${double} + 1"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("key: double\n    type: calculate")
                .contains("calculation: n * 2")
                .contains("key: double_note\n    type: note")
                .contains("Twice N is ${double}")
                .contains("calculation: double + 1");
        assertThat(imported.problems()).extracting(DefinitionProblem::path).doesNotContain("survey!D3");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aNoteWithACalculationButNoLabelIsOnlyTheCalculation() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "calculation"},
                    {"integer", "n", "N?", ""},
                    {"note", "double", "", "${n} * 2"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("type: calculate").doesNotContain("type: note");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aReadOnlyRowWithACalculationIsShownAsANoteWithAWarningAtReadOnly() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "read_only", "calculation"},
                    {"integer", "n", "N?", "", ""},
                    {"integer", "double", "Twice N", "yes", "${n} * 2"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("key: double\n    type: calculate").contains("Twice N ${double}");
        assertThat(imported.problems())
                .filteredOn(p -> p.severity() == DefinitionProblem.Severity.WARNING)
                .extracting(DefinitionProblem::path)
                .containsExactly("survey!D3");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aReadOnlyRowOfARefusedTypeStaysRefusedThoughItHasACalculation() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "read_only", "calculation"}, {"geopoint", "where", "Where", "yes", "1"}
                },
                YES_NO);

        assertThat(errors(imported)).extracting(DefinitionProblem::path).containsExactly("survey!A2");
    }

    @Test
    void aNoteWithoutACalculationIsEmptyTextInTheExpressionsThatReferToIt() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "calculation"},
                    {"note", "intro", "Welcome", ""},
                    {"calculate", "check", "", "if(${intro}=${intro}, 'success', 'error')"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("calculation: if(''='', 'success', 'error')");
        assertThat(imported.problems())
                .filteredOn(p -> p.message().contains("note without a calculation"))
                .extracting(DefinitionProblem::path)
                .containsExactly("survey!D3");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }
}
