package fi.mittari.response.web;

import fi.mittari.questionnaire.AnswerReferences;
import fi.mittari.questionnaire.AnswerTypes;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.expression.ValueType;
import fi.mittari.response.AcceptedAnswers;
import fi.mittari.response.SubmittedAnswers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Earlier answers as they appear in place of {@code ${key}} in labels, hints and choice labels: a choice by its label
 * in the respondent's language (itself filled), several choices separated by commas, a date or a time as the language
 * writes it, a calculated number as the page writes numbers ("28,57" in Finnish and Swedish), anything else as the respondent wrote it. A question not answered (or hidden, or answered with something
 * refused) shows nothing, as in XLSForm. The templates write the result as text, so an answer is never markup.
 */
final class AnswerTexts {

    private static final List<ValueType> MOMENTS = List.of(ValueType.DATE, ValueType.TIME, ValueType.DATETIME);

    private final Questionnaire questionnaire;
    private final SubmittedAnswers entered;
    private final AcceptedAnswers accepted;
    private final Function<LocalizedText, String> text;
    private final RespondentWriting writing;

    AnswerTexts(
            Questionnaire questionnaire,
            SubmittedAnswers entered,
            AcceptedAnswers accepted,
            Function<LocalizedText, String> text,
            RespondentWriting writing) {
        this.questionnaire = questionnaire;
        this.entered = entered;
        this.accepted = accepted;
        this.text = text;
        this.writing = writing;
    }

    String fill(String written) {
        return fill(written, Set.of());
    }

    /** A choice's label in the respondent's language, its references filled like a question's label. */
    String label(Choice choice) {
        return fill(text.apply(choice.label()));
    }

    /** What takes the place of {@code ${key}}: the answer as the respondent sees it, or nothing. */
    String answer(String key) {
        return answer(key, Set.of());
    }

    /**
     * {@code within}: the keys whose answers are being written, so that a chosen label referring back to one of them
     * (which publishing refuses, as it refuses any reference to a later question) shows nothing instead of looping.
     */
    private String fill(String written, Set<String> within) {
        return AnswerReferences.fill(written, key -> within.contains(key) ? "" : answer(key, within));
    }

    private String answer(String key, Set<String> within) {
        if (!accepted.values().containsKey(key)) {
            return "";
        }
        Set<String> deeper = new HashSet<>(within);
        deeper.add(key);
        return questionnaire.question(key).map(q -> answer(q, deeper)).orElse("");
    }

    private String answer(Question question, Set<String> within) {
        String key = question.key();
        // the server's own value (nothing the respondent entered), or a date or time however it was typed
        if (question.calculation().isPresent()
                || MOMENTS.contains(AnswerTypes.of(List.of(question)).get(key))) {
            return writing.value(accepted.values().get(key));
        }
        return entered.of(key).stream()
                .map(value -> question.answerChoices().stream()
                        .filter(choice -> choice.value().equals(value))
                        .findFirst()
                        .map(choice -> fill(text.apply(choice.label()), within))
                        .orElse(value))
                .collect(Collectors.joining(", "));
    }
}
