package fi.mittari.export.web;

import fi.mittari.export.ExportFormat;
import io.micronaut.http.HttpRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * View models of the "Vie vastaukset" pages; public records because Thymeleaf calls their accessors. Words are the
 * bundle's ({@code exports.*}): a format's name and explanation by its parameter, a problem by its reason.
 */
public final class ExportPages {

    private ExportPages() {}

    /**
     * @param heading the campaign's title or the questionnaire's key
     * @param questionnaire true for a questionnaire's page (which chooses among its campaigns)
     * @param action where the form is sent (GET: the download itself)
     */
    public record Page(
            String heading,
            boolean questionnaire,
            String back,
            String action,
            List<String> formats,
            List<String> campaigns,
            boolean maySensitive,
            Values values,
            List<ExportParameters.Problem> errors) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        /** The field's problem, or null: the template shows it under the field and links the summary to it. */
        public ExportParameters.Problem problemOf(String field) {
            return errors.stream()
                    .filter(e -> e.field().equals(field))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The form's values as sent, so that a refused form comes back as it was filled in. */
    public record Values(
            String format,
            String values,
            boolean bom,
            String from,
            String to,
            boolean partial,
            String campaign,
            String language,
            boolean sensitive) {

        static final Values DEFAULTS = new Values("csv_zip", "codes", false, "", "", false, "", "", false);

        static Values of(Map<String, String> sent) {
            return new Values(
                    sent.getOrDefault("format", DEFAULTS.format()),
                    sent.getOrDefault("values", DEFAULTS.values()),
                    sent.containsKey("bom"),
                    sent.getOrDefault("from", ""),
                    sent.getOrDefault("to", ""),
                    sent.containsKey("partial"),
                    sent.getOrDefault("campaign", ""),
                    sent.getOrDefault("language", ""),
                    sent.containsKey("sensitive"));
        }
    }

    static final List<String> FORMATS =
            Arrays.stream(ExportFormat.values()).map(ExportFormat::parameter).toList();

    /** Each parameter's first value, bounded in number (a form has a dozen fields). */
    static Map<String, String> parameters(HttpRequest<?> request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameters().forEach((name, all) -> {
            if (values.size() < 20 && !all.isEmpty()) {
                values.put(name, all.get(0));
            }
        });
        return values;
    }
}
