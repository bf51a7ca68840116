package fi.mittari.questionnaire;

/**
 * Counts the answers stored for a questionnaire. Responses implement it: publishing must know which changes touch
 * answers, but this feature knows nothing of how responses are stored (and must not depend on them).
 */
public interface AnswerCounting {

    AnswerTally tally(String questionnaireKey);

    /** Responses stored per questionnaire key, over all its versions; keys without responses are absent. */
    java.util.Map<String, Long> responsesPerQuestionnaire();
}
