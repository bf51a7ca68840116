package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped questionnaire opens in the builder (the overview, each page's and each question's form) and, sent back
 * through each of those forms exactly as a browser would send them unchanged, stays byte for byte the text it was.
 */
@MicronautTest(transactional = false)
class BuilderRoundTripIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireDrafts drafts;

    static Stream<Path> shippedFiles() throws IOException {
        return Files.list(Path.of("surveys"))
                .filter(p -> p.toString().endsWith(".yaml"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void aShippedQuestionnaireSavedUnchangedThroughEveryBuilderFormStaysByteIdentical(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".yaml", "");
        String key = "rt-" + name + "-" + Long.toString(System.nanoTime(), 36);
        String original = Files.readString(file).replaceFirst("(?m)^key: .*$", "key: " + key);
        assertThat(drafts.create(original, "round-trip"))
                .isInstanceOf(fi.mittari.questionnaire.DraftSaveOutcome.Saved.class);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String base = "/staff/questionnaires/" + key + "/builder";

        HttpResponse<String> overview = get(staff, base);
        assertThat(overview.code()).isEqualTo(200);
        QuestionnaireDocument document = ((DocumentReading.Read) QuestionnaireDocument.read(original)).document();
        List<String> forms = new ArrayList<>();
        StringBuilder sentData = new StringBuilder();
        forms.add(base + "/settings");
        document.outline().forEach(page -> {
            if (document.paged()) {
                forms.add(base + "/pages/" + page.at().page());
            }
            page.questions().forEach(q -> forms.add(base + "/questions/" + q.at().page() + "/" + q.at().index()));
        });
        for (String form : forms) {
            HttpResponse<String> shown = get(staff, form);
            assertThat(shown.code()).as(form).isEqualTo(200);
            String data = formData(shown.body(), "op=save");
            if (form.contains("/questions/")) {
                assertThat(data)
                        .as("a question form carries its key and label")
                        .contains("key=")
                        .contains("label.");
            }
            sentData.append(data).append('&');
            HttpResponse<String> sent = post(staff, form, data);
            assertThat(sent.code()).as(form).isEqualTo(200);
            assertThat(drafts.draft(key).map(Draft::definition).orElseThrow())
                    .as("the text after saving " + form + " unchanged")
                    .isEqualTo(original);
        }
        assertThat(overview.body())
                .contains(document.outline().get(0).questions().get(0).key());
    }

    /** What a browser sends for the page's main form (the one posting to its own address) as it is shown. */
    static String formData(String html, String button) {
        var page = Jsoup.parse(html);
        FormElement form = (FormElement) page.select("main form.builder-form").first();
        assertThat(form).as("the builder form").isNotNull();
        String fields = form.formData().stream()
                .map(kv -> encode(kv.key()) + "=" + encode(kv.value()))
                .collect(Collectors.joining("&"));
        return fields + "&" + button;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(StaffApi staff, String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING);
    }

    private static HttpResponse<String> post(StaffApi staff, String path, String body) {
        return staff.exchange(
                HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }
}
