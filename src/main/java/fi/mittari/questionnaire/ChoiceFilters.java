package fi.mittari.questionnaire;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a choice filter may ask of the choices it decides on. */
final class ChoiceFilters {

    private ChoiceFilters() {}

    /**
     * The attribute names {@code choice('…')} may use on this question: {@code value}, every attribute any of its
     * choices has (a choice without one gives an empty value, which no comparison keeps), and {@code label::en} for
     * each language the labels are written in.
     */
    static Set<String> attributeNames(Question question) {
        Set<String> names = new TreeSet<>();
        names.add(Choice.VALUE_ATTRIBUTE);
        List<Choice> choices = question == null ? List.of() : question.answerChoices();
        choices.forEach(choice -> names.addAll(choice.filterAttributes().keySet()));
        return names;
    }
}
