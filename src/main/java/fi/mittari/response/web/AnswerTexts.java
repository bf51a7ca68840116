package fi.mittari.response.web;

import fi.mittari.questionnaire.AnswerReferences;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.response.AcceptedAnswers;
import fi.mittari.response.SubmittedAnswers;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Earlier answers as they appear in place of {@code ${key}} in labels and hints: a choice by its label in the
 * respondent's language, several choices separated by commas, a calculation as the page writes its numbers and dates
 * ("28,57" in Finnish and Swedish), anything else as the respondent wrote it. A question not
 * answered (or hidden, or answered with something refused) shows nothing, as in XLSForm. The templates write the
 * result as text, so an answer is never markup.
 */
final class AnswerTexts {

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
        return AnswerReferences.fill(written, this::answer);
    }

    /** What takes the place of {@code ${key}}: the answer as the respondent sees it, or nothing. */
    String answer(String key) {
        if (!accepted.values().containsKey(key)) {
            return "";
        }
        if (questionnaire
                .question(key)
                .flatMap(question -> question.calculation())
                .isPresent()) {
            // the server's own value, nothing the respondent entered: written as the page writes numbers and dates
            return writing.value(accepted.values().get(key));
        }
        return questionnaire
                .question(key)
                .map(question -> entered.of(key).stream()
                        .map(value -> question.answerChoices().stream()
                                .filter(choice -> choice.value().equals(value))
                                .findFirst()
                                .map(Choice::label)
                                .map(text)
                                .orElse(value))
                        .collect(Collectors.joining(", ")))
                .orElse("");
    }
}
