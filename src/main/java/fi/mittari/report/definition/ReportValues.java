package fi.mittari.report.definition;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The single values of a report file (codes, lists of codes, email addresses), checked where they are read. */
final class ReportValues {

    /**
     * A plain address: a local part, one @, and a domain with a dot. Deliberately no display names or quoted local
     * parts: an address here is typed by staff, and such forms are far likelier to be slips than intended.
     */
    static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private final YamlProblems problems;

    ReportValues(YamlProblems problems) {
        this.problems = problems;
    }

    static LocatedReport.Place place(Node node) {
        return new LocatedReport.Place(
                YamlMapping.line(node), node.getStartMark().getColumn() + 1);
    }

    Optional<String> matching(ScalarNode node, String path, Pattern pattern, String rule) {
        if (pattern.matcher(node.getValue()).matches()) {
            return Optional.of(node.getValue());
        }
        problems.error(node, path, "'" + node.getValue() + "' " + rule);
        return Optional.empty();
    }

    /**
     * A list of distinct values each matching {@code pattern}; a required list holds at least one. Where each item
     * stands goes into {@code places} as {@code placePrefix[i]}. A single value without brackets is reported, since
     * {@code projects: keko} is an easy slip for a list of one.
     */
    List<String> codes(
            YamlMapping mapping,
            String key,
            boolean required,
            Pattern pattern,
            String rule,
            Map<String, LocatedReport.Place> places,
            String placePrefix) {
        List<String> codes = new ArrayList<>();
        mapping.value(key, required).ifPresent(value -> {
            String path = mapping.child(key);
            if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                problems.error(value, path, "expected a list, like [" + scalar.getValue() + "]; found a single value");
                return;
            }
            mapping.list(key, required).ifPresent(list -> {
                List<Node> items = list.getValue();
                if (items.isEmpty() && required) {
                    problems.error(value, path, "the list is empty; give at least one value");
                }
                for (int i = 0; i < items.size(); i++) {
                    String itemPath = path + "[" + i + "]";
                    if (!(items.get(i) instanceof ScalarNode item)
                            || item.getValue().isBlank()) {
                        problems.error(
                                items.get(i), itemPath, "expected a value, found " + YamlMapping.kind(items.get(i)));
                        continue;
                    }
                    int index = i;
                    matching(item, itemPath, pattern, rule).ifPresent(code -> {
                        if (codes.contains(code)) {
                            problems.error(item, itemPath, "'" + code + "' is listed twice");
                            return;
                        }
                        codes.add(code);
                        places.put(placePrefix + "[" + index + "]", place(item));
                    });
                }
            });
        });
        return codes;
    }

    Optional<String> email(ScalarNode node, YamlMapping mapping) {
        return matching(node, mapping.child("email"), EMAIL, "is not an email address (like raportit@example.org)");
    }

    List<String> emails(YamlMapping mapping, String key) {
        return codes(
                mapping,
                key,
                false,
                EMAIL,
                "is not an email address (like raportit@example.org)",
                new HashMap<>(),
                key);
    }
}
