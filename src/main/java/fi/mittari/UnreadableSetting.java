package fi.mittari;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Says which environment variable to fix when a setting's value cannot even be converted (MITTARI_SMTP_PORT=abc).
 * Range checks name their variable themselves (ADR 38); a failed conversion happens earlier, in Micronaut's binding,
 * whose message names only the property (mittari.smtp.port). The property's variable is the placeholder written for
 * it in application.yml, so this reads it from there rather than keeping a second list.
 */
record UnreadableSetting(String variable, String property, String value, String expected) {

    private static final Pattern NOT_CONVERTED = Pattern.compile(
            "Error resolving property value \\[([^\\]]+)\\]\\. Unable to convert value \\[([^\\]]*)\\] to target"
                    + " type \\[([^\\]]+)\\]");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    /** The unconvertible setting behind a start-up failure, if that is what it was. */
    static Optional<UnreadableSetting> behind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = NOT_CONVERTED.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                String property = m.group(1);
                return Optional.of(new UnreadableSetting(
                        variableOf(property).orElse(property), property, m.group(2), expected(m.group(3))));
            }
        }
        return Optional.empty();
    }

    String message() {
        String named = variable.equals(property) ? property : variable + " (" + property + ")";
        return named + "=" + value + " is not " + expected + ": fix or unset it (docs/operations.md, Settings)";
    }

    private static String expected(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return switch (simple) {
            case "int", "long", "short", "Integer", "Long", "Short" -> "a whole number";
            case "double", "float", "Double", "Float", "BigDecimal" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "Duration" -> "a duration such as 30s, 10m or 2h";
            default -> "a valid " + simple;
        };
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> variableOf(String property) {
        try (InputStream in = UnreadableSetting.class.getResourceAsStream("/application.yml")) {
            if (in == null) {
                return Optional.empty();
            }
            Object node = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            // Keys may hold dots themselves (datasources.default.url is written nested, others flat): try the longest.
            String rest = property;
            while (node instanceof Map<?, ?> map && !rest.isEmpty()) {
                String key = longestKey((Map<String, Object>) map, rest);
                if (key == null) {
                    return Optional.empty();
                }
                node = map.get(key);
                rest = rest.length() == key.length() ? "" : rest.substring(key.length() + 1);
            }
            Matcher m = VARIABLE.matcher(String.valueOf(node));
            return rest.isEmpty() && m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String longestKey(Map<String, Object> map, String path) {
        String best = null;
        for (String key : map.keySet()) {
            if ((path.equals(key) || path.startsWith(key + ".")) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best;
    }
}
