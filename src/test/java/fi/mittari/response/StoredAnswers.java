package fi.mittari.response;

import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.AnswerRow;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.response.persistence.ResponseRow;
import java.util.List;

/** A stored response's answer rows as short strings a test can compare: "key=choice", "key=choice#number" (a rank, a Likert point), "key=12.5". */
final class StoredAnswers {

    private StoredAnswers() {}

    static ResponseRow response(ResponseRepository responses, long campaignId, String submissionKey) {
        return responses
                .findByCampaignIdAndSubmissionKey(campaignId, submissionKey)
                .orElseThrow(() -> new AssertionError("no response stored under the form's submission key"));
    }

    static List<String> of(AnswerRepository answers, ResponseRow response) {
        return answers.findByResponseIdOrderById(response.id()).stream()
                .map(StoredAnswers::written)
                .toList();
    }

    private static String written(AnswerRow row) {
        String value;
        if (row.choiceValue() != null) {
            value = row.choiceValue()
                    + (row.numberValue() == null
                            ? ""
                            : "#" + row.numberValue().stripTrailingZeros().toPlainString());
        } else if (row.numberValue() != null) {
            value = row.numberValue().stripTrailingZeros().toPlainString();
        } else if (row.dateValue() != null) {
            value = row.dateValue().toString();
        } else {
            value = row.textValue();
        }
        return row.questionKey() + "=" + value;
    }
}
