package fi.mittari.privacy;

import fi.mittari.campaign.PersonsInvitations;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.RemovableResponses;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deletes or anonymises given responses, within the caller's transaction. Either way the response's invitation is
 * cut loose: its reference (the organisation's code for the person) is cleared and its token replaced by one nobody
 * holds, and its mail recipient's address erased. Returns how many answer rows were deleted. What is removed is
 * decided here (which answers identify a person); the owners of the tables do it (the response and campaign features).
 */
@Singleton
class RemovingResponses {

    /** Responses handled per statement, well below any database's limit on IN lists. */
    private static final int CHUNK = 500;

    private final RemovableResponses responses;
    private final PersonsInvitations invitations;
    private final QuestionnaireCatalog questionnaires;

    RemovingResponses(
            RemovableResponses responses, PersonsInvitations invitations, QuestionnaireCatalog questionnaires) {
        this.responses = responses;
        this.invitations = invitations;
        this.questionnaires = questionnaires;
    }

    long delete(List<Long> responseIds, Instant now) {
        long answers = 0;
        for (List<Long> chunk : chunks(responseIds)) {
            invitations.cutLoose(chunk, now);
            answers += responses.delete(chunk);
        }
        return answers;
    }

    /** Anonymises the responses of one questionnaire version; returns the answer rows deleted. */
    long anonymise(long questionnaireVersionId, List<Long> responseIds, Instant now) {
        Set<String> identifying = questionnaires
                .version(questionnaireVersionId)
                .map(stored -> IdentifyingAnswers.keys(stored.questionnaire()))
                .orElseThrow(() -> new IllegalStateException("no questionnaire version " + questionnaireVersionId));
        long answers = 0;
        for (List<Long> chunk : chunks(responseIds)) {
            invitations.cutLoose(chunk, now);
            answers += responses.anonymise(chunk, identifying, now);
        }
        return answers;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
