package fi.mittari.report.archive;

import fi.mittari.report.preparing.ArchivedFigures;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** ArchivedFigures as the archive stores them: {@code {"generatedAt": "…", "figures": {…}, "rules": {…}}}. */
@Singleton
public class FiguresJson {

    private final JsonMapper json;

    FiguresJson(JsonMapper json) {
        this.json = json;
    }

    public String write(ArchivedFigures figures) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("generatedAt", figures.generatedAt().toString());
        document.put("figures", new TreeMap<>(figures.figures()));
        document.put("rules", new TreeMap<>(figures.rules()));
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ArchivedFigures read(String text) {
        try {
            Map<String, Object> document = json.readValue(text, Argument.mapOf(String.class, Object.class));
            return new ArchivedFigures(
                    Instant.parse((String) document.get("generatedAt")),
                    strings(document.get("figures")),
                    strings(document.get("rules")));
        } catch (IOException e) {
            throw new UncheckedIOException("Archived figures are not readable JSON", e);
        }
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> strings = new TreeMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> strings.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        return strings;
    }
}
