package fi.mittari.response;

import fi.mittari.Sha256;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionKinds;
import fi.mittari.questionnaire.Questionnaire;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a respondent agreed to, as a fingerprint stored with the response (response.consent_sha256): the SHA-256 of
 * each consent question's key and label in the language the form was answered in, in the questionnaire's order, one
 * "key\nlabel\n" after another. With the response's questionnaire version it shows exactly which words were
 * accepted; if the label of that version is ever read differently, the hash tells.
 */
public final class ConsentText {

    private ConsentText() {}

    /** Empty when the questionnaire asks for no consent. */
    public static Optional<String> sha256(Questionnaire questionnaire, Language language) {
        StringBuilder shown = new StringBuilder();
        for (Question question : questionnaire.questions()) {
            if (QuestionKinds.consent(question)) {
                shown.append(question.key())
                        .append('\n')
                        .append(question.label().in(language, questionnaire.defaultLanguage()))
                        .append('\n');
            }
        }
        return shown.isEmpty()
                ? Optional.empty()
                : Optional.of(Sha256.hex(shown.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
