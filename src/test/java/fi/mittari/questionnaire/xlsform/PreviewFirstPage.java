package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import fi.mittari.support.TimeZones;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.yaml.snakeyaml.Yaml;

/**
 * Opens a published questionnaire's preview, as its designer would, and answers its first page the way a respondent
 * in a hurry would: the first option of every choice, 1 in numbers, a date, a word in texts. A number or date the page
 * refuses is corrected as a respondent would who reads the question's rule: a value inside the bounds its constraint
 * or its min and max set ({@code . > 10.51 and . < 18.39}, {@code . >= today()}: a future date), then a few larger
 * numbers, since the page being taken once its answers are right is what shows the form works.
 */
final class PreviewFirstPage {

    private final StaffApi staff;
    private final String path;
    private final AnswerRules rules;
    /** The page the last send answered with. */
    private String lastPage = "";

    /** The preview of the questionnaire {@code yaml} defines, which must be published. */
    PreviewFirstPage(StaffApi staff, String yaml) {
        Map<?, ?> root = new Yaml().load(yaml);
        this.staff = staff;
        this.path = "/staff/questionnaires/" + root.get("key") + "/preview";
        this.rules = AnswerRules.of(root, LocalDate.now(TimeZones.HELSINKI));
    }

    /** Numbers tried in turn in a number field the page marked as wrong. */
    private static final List<String> CORRECTIONS = List.of("5", "10", "20", "50", "100", "0");

    /** Empty when the page was taken; otherwise the first error the page showed. */
    Optional<String> fill() {
        HttpResponse<String> shown =
                staff.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), Argument.of(String.class));
        assertThat(shown.code()).as(path).isEqualTo(200);
        Element form = Jsoup.parse(shown.body()).selectFirst("form#survey-form");
        assertThat(form).as(path + " shows a form").isNotNull();
        Map<String, String> answers = answers(form);
        Optional<String> error = send(answers);
        if (error.isPresent() && followRules(answers)) {
            error = send(answers);
        }
        for (int tried = 0; error.isPresent() && tried < CORRECTIONS.size(); tried++) {
            Element refused = Jsoup.parse(lastPage).selectFirst("form#survey-form");
            if (refused == null) {
                break;
            }
            List<String> wrongNumbers = refused.select("input.input-number[aria-invalid=true]").stream()
                    .map(input -> input.attr("name"))
                    .toList();
            if (wrongNumbers.isEmpty()) {
                break;
            }
            String correction = CORRECTIONS.get(tried);
            wrongNumbers.forEach(name -> answers.put(name, correction));
            error = send(answers);
        }
        return error;
    }

    /**
     * Puts the answer the question's rule allows in each number and date field the last page marked as wrong;
     * whether any was put.
     */
    private boolean followRules(Map<String, String> answers) {
        Element refused = Jsoup.parse(lastPage).selectFirst("form#survey-form");
        if (refused == null) {
            return false;
        }
        boolean corrected = false;
        for (Element input :
                refused.select("input.input-number[aria-invalid=true], input.input-date[aria-invalid=true]")) {
            String name = input.attr("name");
            // a field is named for its question: "q." and the key
            Optional<String> allowed = rules.allowed(name.substring(name.indexOf('.') + 1));
            if (allowed.isPresent() && !allowed.get().equals(answers.get(name))) {
                answers.put(name, allowed.get());
                corrected = true;
            }
        }
        return corrected;
    }

    private Optional<String> send(Map<String, String> answers) {
        HttpResponse<String> sent = staff.exchange(
                HttpRequest.POST(path, encode(answers))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .accept(MediaType.TEXT_HTML_TYPE),
                Argument.of(String.class));
        assertThat(sent.code()).as(path + " answered").isLessThan(500);
        lastPage = sent.body() == null ? "" : sent.body();
        Element errors = Jsoup.parse(lastPage).selectFirst(".error-summary");
        return sent.code() == 200 && errors == null
                ? Optional.empty()
                : Optional.of(errors == null ? "HTTP " + sent.code() : errors.text());
    }

    private static Map<String, String> answers(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.val());
        }
        for (Element input : form.select("input[type=radio], input[type=checkbox]")) {
            fields.putIfAbsent(input.attr("name"), input.val());
        }
        for (Element select : form.select("select")) {
            select.select("option").stream()
                    .filter(option -> !option.val().isEmpty())
                    .findFirst()
                    .ifPresent(option -> fields.putIfAbsent(select.attr("name"), option.val()));
        }
        for (Element input : form.select("input[type=date]")) {
            fields.put(input.attr("name"), "2026-06-15");
        }
        for (Element input : form.select("input[type=text], textarea")) {
            if (!input.id().endsWith("-other-text")) {
                fields.put(input.attr("name"), input.hasClass("input-number") ? "1" : "vastaus");
            }
        }
        Element next = form.selectFirst("button[name=action][value=next]");
        fields.put("action", next != null ? "next" : "send");
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
