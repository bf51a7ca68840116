package fi.mittari.questionnaire;

import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the question types that have choices. */
final class Choices {

    private Choices() {}

    static List<Choice> withOther(List<Choice> written, OtherChoice other) {
        List<Choice> all = new ArrayList<>(written);
        all.add(other.asChoice());
        return List.copyOf(all);
    }

    static List<Choice> offered(List<Choice> choices) {
        return choices.stream().filter(Choice::offered).toList();
    }
}
