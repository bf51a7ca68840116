package fi.mittari.response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers as a respondent sent them, before validation: raw strings per question key, a list because a form sends
 * one value per ticked box. Blank values are dropped here, so "not answered" has one representation.
 */
public record SubmittedAnswers(Map<String, List<String>> values) {

    public SubmittedAnswers {
        Map<String, List<String>> cleaned = new LinkedHashMap<>();
        values.forEach((key, raw) -> {
            List<String> present = raw == null
                    ? List.of()
                    : raw.stream()
                            .filter(v -> v != null && !v.isBlank())
                            .map(String::strip)
                            .toList();
            cleaned.put(key, present);
        });
        values = java.util.Collections.unmodifiableMap(cleaned);
    }

    public List<String> of(String questionKey) {
        return values.getOrDefault(questionKey, List.of());
    }
}
