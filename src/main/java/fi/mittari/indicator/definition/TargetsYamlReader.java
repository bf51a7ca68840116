package fi.mittari.indicator.definition;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code targets: [{project: keko, value: 50, baseline: 40}]}: at most one target per project. A share's target
 * and baseline are written as people read them, in per cent ({@code value: 60} is 60 %), and converted here, once, to
 * the fraction a share is stored as (0.6); nothing after this reader converts them again.
 */
final class TargetsYamlReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final YamlProblems problems;
    private final DefinitionValues values;

    TargetsYamlReader(YamlProblems problems) {
        this.problems = problems;
        this.values = new DefinitionValues(problems);
    }

    /** @param share the indicator is a share: its targets are percentages from 0 to 100 */
    List<Target> read(YamlMapping entry, boolean share) {
        List<Target> targets = new ArrayList<>();
        entry.list("targets", false).ifPresent(list -> {
            for (int i = 0; i < list.getValue().size(); i++) {
                Node item = list.getValue().get(i);
                String path = entry.child("targets") + "[" + i + "]";
                YamlMapping.of(item, path, "a target, like {project: keko, value: 50, baseline: 40}", problems)
                        .flatMap(target -> target(target, share))
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

    private Optional<Target> target(YamlMapping target, boolean share) {
        target.rejectUnknown(List.of("project", "value", "baseline"), Set.of(), "a target");
        Optional<String> project = values.matching(
                target,
                "project",
                true,
                DefinitionValues.VALUE,
                "is not a project code (lowercase letters, digits, hyphens and underscores)");
        Optional<BigDecimal> value = values.number(target, "value", true).flatMap(v -> unit(target, "value", v, share));
        Optional<BigDecimal> baseline =
                values.number(target, "baseline", false).flatMap(b -> unit(target, "baseline", b, share));
        if (target.has("baseline") && baseline.isEmpty()) {
            return Optional.empty();
        }
        return project.flatMap(p -> value.map(v -> new Target(p, v, baseline)));
    }

    /** A share's percentage as the stored fraction (60 → 0.60); a percentage outside 0–100 is refused. */
    private Optional<BigDecimal> unit(YamlMapping target, String key, BigDecimal written, boolean share) {
        if (!share) {
            return Optional.of(written);
        }
        if (written.signum() < 0 || written.compareTo(HUNDRED) > 0) {
            problems.error(
                    target.value(key, true).orElseThrow(),
                    target.child(key),
                    "a share's " + key + " is a percentage from 0 to 100 (value: 60 is 60 %), found "
                            + written.toPlainString());
            return Optional.empty();
        }
        return Optional.of(written.movePointLeft(2));
    }
}
