package fi.mittari.response;

import fi.mittari.questionnaire.Questionnaire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What of a response in progress may be kept: a respondent who has not sent anything yet is anonymous, so a saved page
 * obeys the limits a sent response does. Answers to no question of the questionnaire, and answers refused for what
 * they are (a text over the question's maxLength, a value that is not one of the choices, a number that is not one),
 * are dropped — the page that sent them shows the problem when it is sent for real; and a response in progress holds
 * at most {@link #MAX_CHARACTERS} characters of answers in all.
 */
final class PartialAnswers {

    /** Far beyond any real questionnaire (twenty long texts of 2,000 characters), far below what fills a disk. */
    static final int MAX_CHARACTERS = 100_000;

    private PartialAnswers() {}

    /** The answers that may be kept, or empty when even those are over {@link #MAX_CHARACTERS}. */
    static Optional<SubmittedAnswers> admissible(
            Questionnaire questionnaire, SubmittedAnswers answers, AnswerValidator validator) {
        Set<String> refused = validator.refusedAlone(questionnaire, answers);
        Map<String, List<String>> kept = new LinkedHashMap<>();
        long characters = 0;
        for (var entry : answers.values().entrySet()) {
            String key = entry.getKey();
            if (!AnswerValidator.answerable(questionnaire, key) || refused.contains(questionOf(key))) {
                continue;
            }
            kept.put(key, entry.getValue());
            characters += key.length();
            for (String value : entry.getValue()) {
                characters += value.length();
            }
        }
        return characters > MAX_CHARACTERS ? Optional.empty() : Optional.of(new SubmittedAnswers(kept));
    }

    /** "event.venue" (a matrix item) and "situation.other" (the text of "other") belong to their question. */
    private static String questionOf(String key) {
        int dot = key.indexOf('.');
        return dot > 0 ? key.substring(0, dot) : key;
    }
}
