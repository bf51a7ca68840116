package fi.mittari.response;

import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.Invitations;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.persistence.AnswerInserts;
import fi.mittari.response.persistence.ResponseRepository;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The response writer of the retry test (test.writer=conflicts): its next writes fail as a Galera node refuses a
 * commit that lost certification (MariaDB's deadlock error), the following ones write as usual.
 */
@Singleton
@Replaces(ResponseWriter.class)
@Requires(property = "test.writer", value = "conflicts")
class CertificationConflicts extends ResponseWriter {

    private final AtomicInteger toRefuse = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    CertificationConflicts(
            ResponseRepository responses,
            AnswerInserts answers,
            Campaigns campaigns,
            Invitations invitations,
            QuestionnaireCatalog questionnaires,
            ZoneId zone) {
        super(responses, answers, campaigns, invitations, questionnaires, zone);
    }

    void refuseNext(int writes) {
        toRefuse.set(writes);
    }

    @Override
    long write(Submission submission, long questionnaireVersionId, List<Answer> validAnswers, Instant now) {
        if (toRefuse.getAndDecrement() > 0) {
            refused.incrementAndGet();
            throw new DataAccessException(
                    "commit refused",
                    new SQLTransactionRollbackException(
                            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        }
        return super.write(submission, questionnaireVersionId, validAnswers, now);
    }
}
