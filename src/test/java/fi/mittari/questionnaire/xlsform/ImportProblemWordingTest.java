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
    void everyErrorAndWarningTheImporterFindsInEitherCorpusIsWordedWhetherUnaskableQuestionsAreRefusedOrLeftOut() {
        List<String> unworded = new ArrayList<>();
        int messages = 0;
        for (String folder : List.of(PyxformCorpus.FOLDER, PyxformCorpus.PUBLIC_FOLDER)) {
            for (PyxformCorpus.Form form : PyxformCorpus.expected(folder)) {
                for (UnaskableQuestions unaskable : UnaskableQuestions.values()) {
                    List<String> found = messages(form.file(), form.workbook(), unaskable);
                    messages += found.size();
                    found.stream()
                            .filter(message -> !ProblemWording.of(message).plain())
                            .forEach(message -> unworded.add(form.file() + " (" + unaskable + "): " + message));
                }
            }
        }
        assertThat(messages).isGreaterThan(100);
        assertThat(unworded).isEmpty();
    }

    /**
     * A cell that refers to a left-out row is refused with why the row went and why the cell cannot stand without it;
     * the workbook here refers to it from every column the importer has a reason for (and one it has not), so a column
     * added to {@link UnaskableReferences#WHY} without its wording fails here.
     */
    @Test
    void aReferenceToALeftOutRowIsWordedFromEveryColumnAndForEveryReasonARowIsLeftOut() throws IOException {
        List<String> columns = new ArrayList<>(UnaskableReferences.WHY.keySet());
        columns.removeAll(List.of("label", "name", "type"));
        columns.add("mittari_notes");
        List<String> header = new ArrayList<>(List.of("type", "name", "label"));
        header.addAll(columns);
        List<String[]> survey = new ArrayList<>();
        survey.add(header.toArray(String[]::new));
        survey.add(row(header.size(), "geopoint", "where", "Where?"));
        survey.add(row(header.size(), "begin group", "media", "Media"));
        survey.add(row(header.size(), "image", "picture", "Picture"));
        survey.add(row(header.size(), "end group", "", ""));
        String[] referring = row(header.size(), "integer", "count", "${where} and ${media}");
        for (int column = 3; column < header.size(); column++) {
            referring[column] = column % 2 == 0 ? "${where} = 1" : "${media} = 1";
        }
        survey.add(referring);

        List<String> refusals = XlsFormWorkbooks.errors(XlsFormWorkbooks.importWorkbook(
                        XlsFormWorkbooks.workbook(survey.toArray(String[][]::new), XlsFormWorkbooks.YES_NO),
                        UnaskableQuestions.LEAVE_OUT))
                .stream()
                .map(DefinitionProblem::message)
                .filter(message -> message.contains("which is left out"))
                .toList();

        assertThat(refusals).hasSize(header.size() - 2).allSatisfy(ImportProblemWordingTest::assertWorded);
        Stream.concat(UnaskableReferences.WHY.values().stream(), Stream.of(UnaskableReferences.ANY_OTHER))
                .forEach(ImportProblemWordingTest::assertWorded);
        assertThat(finnish(refusals.get(0)))
                .isEqualTo("solu viittaa riviin 'where', joka jätettiin pois: teksti näyttää sen vastauksen, joka"
                        + " puuttuisi. Kirjoita solu ilman viittausta tai poista se. Rivi jätettiin pois, koska"
                        + " Mittari ei kerää tyypin 'geopoint' vastauksia.");
        assertThat(refusals)
                .anySatisfy(message -> assertThat(PlainMessages.text(ProblemWording.of(message), PageLocale.SWEDISH))
                        .contains("hänvisar till raden 'media'")
                        .endsWith("Raden lämnades bort: alla dess frågor lämnades bort."));
    }

    private static String[] row(int width, String... cells) {
        String[] row = new String[width];
        java.util.Arrays.fill(row, "");
        System.arraycopy(cells, 0, row, 0, cells.length);
        return row;
    }

    private static List<String> messages(String file, byte[] workbook, UnaskableQuestions unaskable) {
        return new XlsFormImporter()
                .importWorkbook(file, new ByteArrayInputStream(workbook), unaskable).problems().stream()
                        .map(DefinitionProblem::message)
                        .toList();
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
