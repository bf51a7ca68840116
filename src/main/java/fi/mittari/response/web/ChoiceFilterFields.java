package fi.mittari.response.web;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.ExpressionTree;
import fi.mittari.response.AcceptedAnswers;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The choices a filtered question offers on its page. When the filter depends only on earlier pages, the server
 * decides: the page shows the kept choices alone and works the same without JavaScript. When it depends on a question
 * on the same page, every choice is shown with its attributes, and the form's script (assets/conditions.js) hides
 * those the filter drops as the respondent answers; without the script (or when the filter uses a function the script
 * does not know) every choice stays, and the server refuses a choice outside the filter when the page is sent, saying
 * why.
 */
@Singleton
class ChoiceFilterFields {

    private final JsonMapper json;

    ChoiceFilterFields(JsonMapper json) {
        this.json = json;
    }

    QuestionField apply(
            Questionnaire questionnaire,
            Question question,
            QuestionField field,
            Set<String> onScreen,
            AcceptedAnswers accepted) {
        Optional<Expression> filter = questionnaire.rulesOf(question.key()).choiceFilter();
        if (filter.isEmpty()) {
            return field;
        }
        if (filter.get().references().stream().noneMatch(onScreen::contains)) {
            Predicate<QuestionField.Option> kept = option -> choice(question, option.value())
                    .map(choice -> accepted.keeps(filter.get(), choice))
                    .orElse(true); // the dropdown's "choose" and "other, please specify"
            return field.filtered(field.options().stream().filter(kept).toList(), "");
        }
        Object tree = ExpressionTree.of(filter.get());
        if (!LiveConditions.scriptKnowsItsFunctions(tree)) {
            // the script would read the unknown function as empty and hide every choice: all stay, as without it
            return field;
        }
        Set<String> labels = new java.util.HashSet<>();
        labelsRead(tree, labels);
        return field.filtered(
                field.options().stream()
                        .map(option -> choice(question, option.value())
                                .map(choice -> option.withChoiceData(write(forScript(choice, labels))))
                                .orElse(option))
                        .toList(),
                write(tree));
    }

    /** The choice's attributes and, of its labels, those the filter reads: what the script needs, no more. */
    private static Map<String, String> forScript(Choice choice, Set<String> labels) {
        Map<String, String> data = new java.util.TreeMap<>(choice.filterAttributes());
        data.keySet().removeIf(name -> name.startsWith(Choice.LABEL_ATTRIBUTE_PREFIX) && !labels.contains(name));
        return data;
    }

    /** The {@code choice('label::…')} the filter's tree reads: {@code ["call", "choice", [["text", name]]]}. */
    private static void labelsRead(Object node, Set<String> labels) {
        if (!(node instanceof List<?> list)) {
            return;
        }
        if (list.size() == 3
                && "call".equals(list.get(0))
                && "choice".equals(list.get(1))
                && list.get(2) instanceof List<?> arguments
                && arguments.size() == 1
                && arguments.get(0) instanceof List<?> argument
                && argument.size() == 2
                && "text".equals(argument.get(0))) {
            labels.add(String.valueOf(argument.get(1)));
        }
        list.forEach(child -> labelsRead(child, labels));
    }

    /** The written choice behind an option; empty for "choose" and for "other", which no filter removes. */
    private static Optional<Choice> choice(Question question, String value) {
        if (question.other()
                .map(other -> other.asChoice().value().equals(value))
                .orElse(false)) {
            return Optional.empty();
        }
        return question.answerChoices().stream()
                .filter(choice -> choice.value().equals(value))
                .findFirst();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value instanceof Map<?, ?> map ? new java.util.TreeMap<>(map) : value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
