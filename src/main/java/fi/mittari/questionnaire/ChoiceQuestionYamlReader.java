package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads single and multiple choice questions: their choices (own, a shared list or a code list), a single choice's
 * appearance, how many boxes a multiple choice may have ticked, and "other, please specify".
 */
final class ChoiceQuestionYamlReader {

    private final ChoicesYamlReader choices;
    private final CompositeQuestionYamlReader composite;
    private final YamlProblems problems;

    ChoiceQuestionYamlReader(ChoicesYamlReader choices, CompositeQuestionYamlReader composite, YamlProblems problems) {
        this.choices = choices;
        this.composite = composite;
        this.problems = problems;
    }

    SingleChoiceQuestion single(QuestionBasics basics, YamlMapping q) {
        List<Choice> written = choices.readOwnOrListed(q);
        return new SingleChoiceQuestion(
                basics.key(),
                basics.label(),
                basics.hint(),
                basics.required(),
                written,
                basics.classification(),
                dropdown(q),
                composite.other(q, written));
    }

    /** appearance: radio (the default) or dropdown, a select list for long lists such as municipalities. */
    private boolean dropdown(YamlMapping question) {
        return question.scalar("appearance", false)
                .map(node -> {
                    if (!node.getValue().equals("radio") && !node.getValue().equals("dropdown")) {
                        problems.error(
                                node,
                                question.child("appearance"),
                                "appearance is radio or dropdown, found '" + node.getValue() + "'");
                    }
                    return node.getValue().equals("dropdown");
                })
                .orElse(false);
    }

    /** minSelected / maxSelected: how many boxes may be ticked; checked against each other and the choices. */
    MultipleChoiceQuestion multiple(QuestionBasics basics, YamlMapping q) {
        List<Choice> written = choices.readOwnOrListed(q);
        int min = q.integer("minSelected").orElse(MultipleChoiceQuestion.NO_LIMIT);
        int max = q.integer("maxSelected").orElse(MultipleChoiceQuestion.NO_LIMIT);
        Node place = q.value("maxSelected", false)
                .or(() -> q.value("minSelected", false))
                .orElse(q.node());
        if (min < 0 || max < 0) {
            problems.error(place, q.child("maxSelected"), "minSelected and maxSelected cannot be negative");
        } else if (max != MultipleChoiceQuestion.NO_LIMIT && min > max) {
            problems.error(
                    place,
                    q.child("maxSelected"),
                    "maxSelected (" + max + ") must not be less than minSelected (" + min + ")");
        } else if (Math.max(min, max) > written.size() && !written.isEmpty()) {
            problems.error(
                    place,
                    q.child(max > 0 ? "maxSelected" : "minSelected"),
                    "the question has only " + written.size() + " choices");
        }
        return new MultipleChoiceQuestion(
                basics.key(),
                basics.label(),
                basics.hint(),
                basics.required(),
                written,
                basics.classification(),
                min,
                max,
                composite.other(q, written));
    }
}
