package fi.mittari.response;

import java.io.IOException;
import java.util.List;

/**
 * Someone who answers one of the sample questionnaires in surveys/ in a browser: the story of their way through it
 * (pages, a condition, an error and its fix, Back) and the answers that must be stored when they send it.
 */
interface SampleRespondent {

    /** The questionnaire's key in surveys/. */
    String questionnaire();

    /** From the first page of an empty form up to and including Send. */
    void answers(RespondentSteps form) throws IOException, InterruptedException;

    /** The stored answer rows, each as {@link StoredAnswers} writes them ("key=value"). */
    List<String> stored();

    /** The four samples, each with its own story. */
    static List<SampleRespondent> all() {
        return List.of(
                new KekoImpactRespondent(),
                new EventFeedbackRespondent(),
                new CoachingBaselineRespondent(),
                new CoachingFollowupRespondent());
    }
}
