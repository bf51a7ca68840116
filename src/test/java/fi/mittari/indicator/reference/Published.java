package fi.mittari.indicator.reference;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** One row of GET /api/indicators/results, as JSON gave it (a total's empty breakdown and group left out). */
record Published(Map<String, Object> json) {

    String indicator() {
        return (String) json.get("indicator");
    }

    String breakdown() {
        return (String) json.getOrDefault("breakdown", "");
    }

    String group() {
        return (String) json.getOrDefault("group", "");
    }

    boolean hidden() {
        return Boolean.TRUE.equals(json.get("suppressed"));
    }

    Optional<BigDecimal> number(String field) {
        return Optional.ofNullable(json.get(field)).map(v -> new BigDecimal(v.toString()));
    }

    Optional<Long> count(String field) {
        return number(field).map(BigDecimal::longValueExact);
    }

    @SuppressWarnings("unchecked")
    Optional<Map<String, Object>> map(String field) {
        return Optional.ofNullable((Map<String, Object>) json.get(field));
    }

    String key() {
        return indicator() + "|" + breakdown() + "|" + group();
    }
}
