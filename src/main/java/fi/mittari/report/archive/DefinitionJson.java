package fi.mittari.report.archive;

import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportPeriod;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A report definition as JSON text, archived with each report so it says what it was built from. */
@Singleton
public class DefinitionJson {

    private final JsonMapper json;

    DefinitionJson(JsonMapper json) {
        this.json = json;
    }

    public String write(ReportDefinition definition) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("code", definition.code());
        document.put("title", definition.title());
        document.put("language", definition.language().name().toLowerCase(Locale.ROOT));
        document.put("projects", definition.projects());
        definition.ecosystem().ifPresent(code -> document.put("scope", Map.of("ecosystem", code)));
        document.put("period", period(definition.period()));
        document.put("indicators", definition.indicators());
        document.put("breakdowns", definition.breakdowns());
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", definition.contact().name());
        definition.contact().email().ifPresent(e -> contact.put("email", e));
        definition.contact().phone().ifPresent(p -> contact.put("phone", p));
        document.put("contact", contact);
        document.put(
                "recipients",
                new java.util.TreeMap<>(Map.of(
                        "funderAccounts",
                        definition.recipients().funderAccounts(),
                        "emails",
                        definition.recipients().emails())));
        definition.schedule().ifPresent(s -> document.put("schedule", s));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("distributions", definition.options().distributions());
        options.put("data", definition.options().data());
        options.put("openText", definition.options().openText());
        document.put("options", options);
        definition.employment().ifPresent(e -> {
            Map<String, Object> employment = new LinkedHashMap<>();
            employment.put("coached", e.coached());
            employment.put("employed", e.employed());
            employment.put("rate", e.rate());
            e.typeBreakdown().ifPresent(t -> employment.put("typeBreakdown", t));
            employment.put("followupWindow", e.followupWindow());
            document.put("employment", employment);
        });
        document.put("source", definition.sourceName() + ":" + definition.line());
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object period(ReportPeriod period) {
        if (period instanceof ReportPeriod.Fixed fixed) {
            return new java.util.TreeMap<>(
                    Map.of("from", fixed.from().toString(), "to", fixed.to().toString()));
        }
        if (period instanceof ReportPeriod.ProjectPeriod) {
            return "project";
        }
        if (period instanceof ReportPeriod.PreviousYear) {
            return "previous_year";
        }
        return "year_to_date";
    }
}
