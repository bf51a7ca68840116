package fi.mittari.privacy;

import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionKinds;
import fi.mittari.questionnaire.Questionnaire;
import java.util.HashSet;
import java.util.Set;

/**
 * The question keys whose answers anonymising deletes: questions flagged {@code personal}, questions of an identifying
 * concept ({@code id.…}, such as the participant code) and open text, which can name anyone. Closed answers stay.
 */
final class IdentifyingAnswers {

    private IdentifyingAnswers() {}

    static Set<String> keys(Questionnaire questionnaire) {
        Set<String> keys = new HashSet<>();
        for (Question question : questionnaire.questions()) {
            if (identifying(question)) {
                keys.add(question.key());
            }
        }
        return keys;
    }

    static boolean identifying(Question question) {
        return question.classification().personal()
                || question.classification().concept().startsWith("id.")
                || QuestionKinds.openText(question);
    }
}
