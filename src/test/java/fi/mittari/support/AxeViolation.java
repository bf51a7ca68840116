package fi.mittari.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A WCAG rule axe-core found broken on a page, with every element that breaks it. */
public record AxeViolation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

    /** One element at fault: its CSS selector and axe's summary of how to fix it. */
    public record Node(String target, String summary) {}

    /** Readable in a failure message: the rule, its impact and help, then each element with axe's advice. */
    @Override
    public String toString() {
        return id + " (" + impact + "): " + help + " <" + helpUrl + ">"
                + nodes.stream()
                        .map(n -> "\n      at " + n.target() + "\n        "
                                + n.summary().replace("\n", "\n        "))
                        .collect(Collectors.joining());
    }

    @SuppressWarnings("unchecked")
    static List<AxeViolation> fromResult(Object result) {
        if (!(result instanceof Map<?, ?> map) || map.containsKey("error")) {
            throw new IllegalStateException("axe-core did not run: " + result);
        }
        return ((List<Map<String, Object>>) map.get("violations"))
                .stream()
                        .map(v -> new AxeViolation(
                                (String) v.get("id"),
                                String.valueOf(v.get("impact")),
                                (String) v.get("help"),
                                (String) v.get("helpUrl"),
                                ((List<Map<String, Object>>) v.get("nodes"))
                                        .stream()
                                                .map(n -> new Node((String) n.get("target"), (String) n.get("summary")))
                                                .toList()))
                        .toList();
    }
}
