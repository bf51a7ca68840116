package fi.mittari.indicator.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named parameters of one generated query: every value is bound, never written into the SQL text. */
final class SqlParams {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Binds a value (a collection expands to a list) and returns its placeholder. */
    String bind(Object value) {
        String name = "p" + values.size();
        values.put(name, value);
        return ":" + name;
    }

    Map<String, Object> values() {
        return Map.copyOf(values);
    }
}
