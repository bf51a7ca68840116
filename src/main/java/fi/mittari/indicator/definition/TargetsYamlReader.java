package fi.mittari.indicator.definition;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code targets: [{project: keko, value: 50, baseline: 40}]}: at most one target per project. */
final class TargetsYamlReader {

    private final YamlProblems problems;
    private final DefinitionValues values;

    TargetsYamlReader(YamlProblems problems) {
        this.problems = problems;
        this.values = new DefinitionValues(problems);
    }

    List<Target> read(YamlMapping entry) {
        List<Target> targets = new ArrayList<>();
        entry.list("targets", false).ifPresent(list -> {
            for (int i = 0; i < list.getValue().size(); i++) {
                Node item = list.getValue().get(i);
                String path = entry.child("targets") + "[" + i + "]";
                YamlMapping.of(item, path, "a target, like {project: keko, value: 50, baseline: 40}", problems)
                        .flatMap(this::target)
                        .ifPresent(target -> {
                            if (targets.stream().anyMatch(t -> t.project().equals(target.project()))) {
                                problems.error(item, path, "a second target for project '" + target.project() + "'");
                            } else {
                                targets.add(target);
                            }
                        });
            }
        });
        return targets;
    }

    private Optional<Target> target(YamlMapping target) {
        target.rejectUnknown(List.of("project", "value", "baseline"), Set.of(), "a target");
        Optional<String> project = values.matching(
                target,
                "project",
                true,
                DefinitionValues.VALUE,
                "is not a project code (lowercase letters, digits, hyphens and underscores)");
        Optional<BigDecimal> value = values.number(target, "value", true);
        Optional<BigDecimal> baseline = values.number(target, "baseline", false);
        if (target.has("baseline") && baseline.isEmpty()) {
            return Optional.empty();
        }
        return project.flatMap(p -> value.map(v -> new Target(p, v, baseline)));
    }
}
