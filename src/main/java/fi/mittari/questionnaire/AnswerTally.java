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

    /** A matrix's answers are stored per item ("matrix.item"), so they count towards the matrix too. */
    public long question(String questionKey) {
        return byQuestion.entrySet().stream()
                .filter(e -> e.getKey().equals(questionKey) || e.getKey().startsWith(questionKey + "."))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    public long choice(String questionKey, String choiceValue) {
        String ofItem = questionKey + ".";
        String suffix = "\u0000" + choiceValue;
        return byChoice.entrySet().stream()
                .filter(e -> e.getKey().equals(questionKey + suffix)
                        || (e.getKey().startsWith(ofItem) && e.getKey().endsWith(suffix)))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    public long total() {
        return byQuestion.values().stream().mapToLong(Long::longValue).sum();
    }
}
