package fi.mittari.questionnaire;

import java.util.Map;

/**
 * How many stored answers each question and choice of a questionnaire has, across all its versions. A multiple-choice
 * answer counts once per ticked choice.
 */
public record AnswerTally(Map<String, Long> byQuestion, Map<String, Long> byChoice) {

    public static final AnswerTally NONE = new AnswerTally(Map.of(), Map.of());

    public AnswerTally {
        byQuestion = Map.copyOf(byQuestion);
        byChoice = Map.copyOf(byChoice);
    }

    public static String choiceKey(String questionKey, String choiceValue) {
        return questionKey + '\u0000' + choiceValue;
    }

    public long question(String questionKey) {
        return byQuestion.getOrDefault(questionKey, 0L);
    }

    public long choice(String questionKey, String choiceValue) {
        return byChoice.getOrDefault(choiceKey(questionKey, choiceValue), 0L);
    }

    public long total() {
        return byQuestion.values().stream().mapToLong(Long::longValue).sum();
    }
}
