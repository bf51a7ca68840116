package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.builder.ProblemWording;
import fi.mittari.questionnaire.builder.web.PlainMessages;
import fi.mittari.web.PageLocale;
import fi.mittari.yaml.DefinitionProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The importer writes its problems in English for the API; the staff page says them in the staff's language through
 * the builder's wording rules. Every refusal of the pyxform corpus, every type refused and the common expressions that
 * cannot be translated read as Finnish (and Swedish and English), never as the English fallback.
 */
class ImportProblemWordingTest {

    private static final List<Locale> STAFF_LANGUAGES =
            List.of(PageLocale.FINNISH, PageLocale.SWEDISH, PageLocale.ENGLISH);

    @Test
    void everyRefusalReasonOfTheCorpusReadsAsFinnish() {
        List<String> reasons = PyxformCorpus.expected().stream()
                .filter(form -> form.outcome().equals("refused"))
                .map(PyxformCorpus.Form::reason)
                .toList();

        assertThat(reasons).hasSizeGreaterThan(10).allSatisfy(ImportProblemWordingTest::assertWorded);
    }

    @Test
    void everyErrorAndWarningTheImporterFindsInTheCorpusIsWorded() {
        List<String> unworded = new ArrayList<>();
        for (PyxformCorpus.Form form : PyxformCorpus.expected()) {
            new XlsFormImporter()
                    .importWorkbook(form.file(), new ByteArrayInputStream(form.workbook())).problems().stream()
                            .map(DefinitionProblem::message)
                            .filter(message -> !ProblemWording.of(message).plain())
                            .forEach(message -> unworded.add(form.file() + ": " + message));
        }
        assertThat(unworded).isEmpty();
    }

    @Test
    void everyRefusedTypeReadsAsFinnish() {
        Stream.of(
                        "geopoint",
                        "gps",
                        "geotrace",
                        "geoshape",
                        "image",
                        "photo",
                        "audio",
                        "video",
                        "file",
                        "barcode",
                        "select_one_from_file",
                        "select_multiple_from_file",
                        "osm",
                        "include",
                        "set form title")
                .forEach(type -> assertWorded(RefusedTypes.reason(type, type + " written")));
    }

    @Test
    void theCommonExpressionsThatCannotBeTranslatedReadAsFinnish() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "relevant", "constraint", "calculation"},
                    {"integer", "age", "Age", "", ". mod 2 = 0", ""},
                    {"text", "town", "Town", "${missing} = 'x'", "", ""},
                    {"text", "code", "Code", "FALSE", "", ""},
                    {"calculate", "fruit", "", "", "", "pulldata('fruits', 'name', 'name', 'mango')"},
                    {"note", "later", "Later", "position(..) > 1", "", ""},
                    {"select_one yn", "agree", "Agree?", "", "", ""}
                },
                XlsFormWorkbooks.YES_NO);

        List<String> errors = XlsFormWorkbooks.errors(imported).stream()
                .map(DefinitionProblem::message)
                .toList();

        assertThat(errors).hasSizeGreaterThanOrEqualTo(4).allSatisfy(ImportProblemWordingTest::assertWorded);
        assertThat(finnish(errors.get(0))).contains("(mod)");
    }

    @Test
    void aWrappedReasonIsSaidInTheSameLanguageAsItsWrapper() {
        String message =
                "relevant '${a} = 1 mod 2' cannot be translated: 'mod' (remainder) is not supported in Mittari expressions";

        assertThat(finnish(message))
                .isEqualTo("sarakkeen relevant lauseketta '${a} = 1 mod 2' ei voi tuoda: jakojäännöstä (mod) ei voi"
                        + " käyttää Mittarin lausekkeissa.");
        assertThat(PlainMessages.text(ProblemWording.of(message), PageLocale.SWEDISH))
                .startsWith("uttrycket '${a} = 1 mod 2' i kolumnen relevant kan inte importeras: rest vid division");
    }

    @Test
    void aProblemOfTheConvertedQuestionnaireIsWordedWithoutItsYamlPath() {
        assertThat(finnish("add at least one question (questions in the converted questionnaire)"))
                .isEqualTo("lisää vähintään yksi kysymys.");
    }

    @Test
    void aMessageNoRuleKnowsIsShownInTheImportersEnglish() {
        // A message the importer learns later is never hidden: it shows as written until a rule words it.
        String message = "a problem no rule has heard of";

        assertThat(ProblemWording.of(message).plain()).isFalse();
        assertThat(finnish(message)).isEqualTo(message);
    }

    private static void assertWorded(String message) {
        ProblemWording wording = ProblemWording.of(message);
        assertThat(wording.plain()).as("worded: %s", message).isTrue();
        for (Locale locale : STAFF_LANGUAGES) {
            String text = PlainMessages.text(wording, locale);
            assertThat(text).as("%s in %s", message, locale).isNotBlank().doesNotContain("pickers.");
        }
        assertThat(finnish(message)).as("Finnish for: %s", message).isNotEqualTo(message);
    }

    private static String finnish(String message) {
        return PlainMessages.text(ProblemWording.of(message), PageLocale.FINNISH);
    }
}
