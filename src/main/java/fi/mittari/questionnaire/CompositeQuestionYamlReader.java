package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the question types made of parts: Likert scales, matrices, rankings, and "other, please specify". */
final class CompositeQuestionYamlReader {

    private static final List<String> ITEM_PROPERTIES = List.of("key", "label");

    private final LocalizedTextReader texts;
    private final ChoicesYamlReader choices;
    private final YamlProblems problems;

    CompositeQuestionYamlReader(LocalizedTextReader texts, ChoicesYamlReader choices, YamlProblems problems) {
        this.texts = texts;
        this.choices = choices;
        this.problems = problems;
    }

    LikertQuestion likert(QuestionBasics basics, YamlMapping q) {
        int points = q.integer("points").orElse(LikertQuestion.DEFAULT_POINTS);
        if (points < LikertQuestion.FEWEST_POINTS || points > LikertQuestion.MOST_POINTS) {
            problems.error(
                    q.value("points", false).orElse(q.node()),
                    q.child("points"),
                    "a Likert scale has " + LikertQuestion.FEWEST_POINTS + " to " + LikertQuestion.MOST_POINTS
                            + " points, found " + points);
        }
        List<LocalizedText> labels = new ArrayList<>();
        q.list("labels", false).ifPresent(list -> {
            List<Node> nodes = list.getValue();
            for (int i = 0; i < nodes.size(); i++) {
                labels.add(texts.read(nodes.get(i), q.child("labels") + "[" + i + "]"));
            }
            if (nodes.size() != points) {
                problems.error(
                        list,
                        q.child("labels"),
                        "labels must name every point: the scale has " + points + " points, labels has "
                                + nodes.size());
            }
        });
        return new LikertQuestion(
                basics.key(),
                basics.label(),
                basics.hint(),
                basics.required(),
                points,
                texts.read(q, "minLabel", false),
                texts.read(q, "maxLabel", false),
                labels,
                basics.classification());
    }

    MatrixQuestion matrix(QuestionBasics basics, YamlMapping q) {
        return new MatrixQuestion(
                basics.key(),
                basics.label(),
                basics.hint(),
                basics.required(),
                items(q),
                choices.read(q),
                basics.classification());
    }

    RankingQuestion ranking(QuestionBasics basics, YamlMapping q) {
        List<Choice> ranked = choices.read(q);
        if (ranked.size() == 1) {
            problems.error(q.value("choices", true).orElseThrow(), q.child("choices"), "rank at least two choices");
        }
        int rankCount = q.integer("rankCount").orElse(RankingQuestion.ALL);
        if (q.has("rankCount") && (rankCount < 1 || (!ranked.isEmpty() && rankCount > ranked.size()))) {
            problems.error(
                    q.value("rankCount", false).orElseThrow(),
                    q.child("rankCount"),
                    "rankCount must be from 1 to the number of choices (" + ranked.size() + "), found " + rankCount);
        }
        return new RankingQuestion(
                basics.key(),
                basics.label(),
                basics.hint(),
                basics.required(),
                ranked,
                rankCount,
                basics.classification());
    }

    /** {@code other: true}, or {@code other: {label: …}} for own wording; refused when a choice is already "other". */
    Optional<OtherChoice> other(YamlMapping q, List<Choice> written) {
        Optional<Node> node = q.value("other", false);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Optional<OtherChoice> other;
        if (node.get() instanceof MappingNode) {
            other = YamlMapping.of(node.get(), q.child("other"), "{label: …}", problems)
                    .map(mapping -> {
                        mapping.rejectUnknown(List.of("label"), Set.of(), "other");
                        return new OtherChoice(texts.read(mapping, "label", true));
                    });
        } else {
            other = q.flag("other", false) ? Optional.of(OtherChoice.standard()) : Optional.empty();
        }
        if (other.isPresent() && written.stream().anyMatch(c -> c.value().equals(OtherChoice.VALUE))) {
            problems.error(
                    node.get(),
                    q.child("other"),
                    "other adds the choice '" + OtherChoice.VALUE + "', but the choices already have one;"
                            + " rename that choice or drop other");
        }
        return other;
    }

    private List<MatrixItem> items(YamlMapping q) {
        Optional<SequenceNode> list = q.list("items", true);
        List<Node> nodes = list.map(SequenceNode::getValue).orElse(List.of());
        if (list.isPresent() && nodes.isEmpty()) {
            problems.error(list.get(), q.child("items"), "add at least one item");
        }
        List<MatrixItem> items = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = q.child("items") + "[" + i + "]";
            YamlMapping.of(nodes.get(i), path, "an item with a key and a label", problems)
                    .ifPresent(item -> items.add(item(item, firstLines)));
        }
        return items;
    }

    private MatrixItem item(YamlMapping item, Map<String, Integer> firstLines) {
        item.rejectUnknown(ITEM_PROPERTIES, Set.of(), "a matrix item");
        Optional<ScalarNode> key = item.scalar("key", true);
        key.ifPresent(node -> {
            String value = node.getValue();
            if (!QuestionYamlReader.QUESTION_KEY.matcher(value).matches()) {
                problems.error(
                        node,
                        item.child("key"),
                        "item key '" + value + "' must be lowercase letters, digits and underscores, starting with"
                                + " a letter (at most 64 characters)");
            }
            Integer first = firstLines.putIfAbsent(value, YamlMapping.line(node));
            if (first != null) {
                problems.error(
                        node, item.child("key"), "duplicate item key '" + value + "' (first on line " + first + ")");
            }
        });
        return new MatrixItem(key.map(ScalarNode::getValue).orElse(""), texts.read(item, "label", true));
    }
}
