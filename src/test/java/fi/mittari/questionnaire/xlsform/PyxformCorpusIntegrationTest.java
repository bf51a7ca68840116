package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.LoadOutcome;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * pyxform's own example forms are the suite: each is converted through the API, published, and its first page shown
 * in the preview and filled in; or refused at a sheet cell with a reason. The outcomes must match the table in
 * {@code xlsform/pyxform/expected-outcomes.tsv}, so a form that stops publishing (or starts) shows as a changed line.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PyxformCorpusIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireCatalog catalog;

    private List<PyxformCorpus.Form> actual;
    private List<PyxformCorpus.Form> actualLeavingOut;

    /** The corpus this class runs; a subclass runs the same checks on another. */
    String folder() {
        return PyxformCorpus.FOLDER;
    }

    @Test
    void everyCorpusFormHasTheOutcomeTheTableRecords() {
        String expected = PyxformCorpus.expected(folder()).stream()
                .map(PyxformCorpus.Form::line)
                .collect(Collectors.joining("\n"));

        assertThat(table(actual())).isEqualTo(expected);
    }

    @Test
    void leavingOutTheQuestionsMittariCannotAskEveryFormHasTheOutcomeItsTableRecords() {
        String expected = PyxformCorpus.expected(folder(), PyxformCorpus.LEAVING_OUT_TABLE).stream()
                .map(PyxformCorpus.Form::line)
                .collect(Collectors.joining("\n"));

        assertThat(table(actualLeavingOut())).isEqualTo(expected);
    }

    /**
     * The share of the forms pyxform accepts that publish, by default and with the questions Mittari cannot ask left
     * out, is the one the questionnaire authors' guide quotes, and the second is at least {@link #leavingOutFloor}.
     */
    @Test
    void theGuideQuotesTheSharesOfFormsPyxformAcceptsThatPublish() throws IOException {
        String shares =
                "of the %d that pyxform accepts, %s publish (%s), and %s when the questions Mittari cannot ask are left out"
                        .formatted(
                                actual().stream()
                                        .filter(PyxformCorpus.Form::pyxformAccepts)
                                        .count(),
                                published(actual()),
                                percent(actual()),
                                published(actualLeavingOut()) + " (" + percent(actualLeavingOut()) + ")");
        System.out.println("Corpus shares of " + folder() + ": " + shares);

        String guide = Files.readString(Path.of("surveys/README.md"), StandardCharsets.UTF_8);
        assertThat(guide.replaceAll("\\s+", " ")).contains(shares);
        assertThat(100.0
                        * published(actualLeavingOut())
                        / accepted(actualLeavingOut()).size())
                .isGreaterThanOrEqualTo(leavingOutFloor());
    }

    /** The least share, in per cent, of the forms pyxform accepts that publish with unaskable questions left out. */
    double leavingOutFloor() {
        return 80;
    }

    private static List<PyxformCorpus.Form> accepted(List<PyxformCorpus.Form> forms) {
        return forms.stream().filter(PyxformCorpus.Form::pyxformAccepts).toList();
    }

    private static long published(List<PyxformCorpus.Form> forms) {
        return accepted(forms).stream()
                .filter(form -> form.outcome().equals("published"))
                .count();
    }

    private static String percent(List<PyxformCorpus.Form> forms) {
        return Math.round(100.0 * published(forms) / accepted(forms).size()) + " %";
    }

    @Test
    void everyRefusalNamesASheetCellAndAReason() {
        assertThat(actual())
                .filteredOn(form -> form.outcome().equals("refused"))
                .allSatisfy(form -> {
                    assertThat(form.cell()).as(form.file()).matches("[A-Za-z_]+![A-Z]+\\d+");
                    assertThat(form.reason()).as(form.file()).isNotBlank();
                });
    }

    @Test
    void theTableListsEveryWorkbookOfTheCorpus() throws IOException {
        Path folder = Path.of("src/test/resources" + folder());
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> workbooks = files.map(path -> folder.relativize(path).toString())
                    .filter(name -> name.matches(".*\\.xls[xm]?"))
                    .sorted()
                    .toList();
            assertThat(PyxformCorpus.expected(folder()))
                    .extracting(PyxformCorpus.Form::file)
                    .containsExactlyElementsOf(workbooks);
        }
    }

    synchronized List<PyxformCorpus.Form> actual() {
        if (actual == null) {
            actual = outcomes("refuse");
        }
        return actual;
    }

    synchronized List<PyxformCorpus.Form> actualLeavingOut() {
        if (actualLeavingOut == null) {
            actualLeavingOut = outcomes("leave-out");
        }
        return actualLeavingOut;
    }

    private List<PyxformCorpus.Form> outcomes(String unaskable) {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        List<PyxformCorpus.Form> outcomes = PyxformCorpus.expected(folder()).stream()
                .map(form -> outcome(staff, form, unaskable))
                .toList();
        System.out.println("Corpus outcomes of " + folder() + " (unaskable=" + unaskable + "):\n" + table(outcomes));
        return outcomes;
    }

    private PyxformCorpus.Form outcome(StaffApi staff, PyxformCorpus.Form form, String unaskable) {
        HttpResponse<Map<String, Object>> converted = staff.send(HttpRequest.POST(
                        // the extension kept in the name, so that group.xls and group.xlsx, which have no form_id,
                        // publish under keys of their own
                        "/api/questionnaires/xlsform?unaskable=" + unaskable + "&name="
                                + form.file().replace('/', '-').replace('.', '-'),
                        form.workbook())
                .contentType(MediaType.of(XLSX)));
        assertThat(converted.code()).as(form.file()).isEqualTo(200);
        Map<String, Object> body = converted.body();
        if (!Boolean.TRUE.equals(body.get("valid"))) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> problems = (List<Map<String, Object>>) body.get("problems");
            Map<String, Object> first = problems.stream()
                    .filter(problem -> "ERROR".equals(problem.get("severity")))
                    .findFirst()
                    .orElseThrow();
            return form.withOutcome("refused", (String) first.get("where"), oneLine((String) first.get("message")));
        }
        LoadOutcome published = catalog.load(form.file(), (String) body.get("yaml"));
        assertThat(published).as(form.file()).isNotInstanceOf(LoadOutcome.Rejected.class);
        return new PreviewFirstPage(staff, (String) body.get("yaml"))
                .fill()
                .map(error -> form.withOutcome("first-page-refused", "", error))
                .orElseGet(() -> form.withOutcome("published", "", ""));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String table(List<PyxformCorpus.Form> forms) {
        List<String> lines = new ArrayList<>();
        forms.forEach(form -> lines.add(form.line()));
        return String.join("\n", lines);
    }
}
