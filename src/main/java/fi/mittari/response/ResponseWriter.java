package fi.mittari.response;

import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.Invitations;
import fi.mittari.questionnaire.OtherChoice;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.persistence.AnswerInserts;
import fi.mittari.response.persistence.AnswerRow;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.response.persistence.ResponseRow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes a response and its answers in one transaction: either all rows are stored or none. */
@Singleton
class ResponseWriter {

    private final ResponseRepository responses;
    private final AnswerInserts answers;

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final QuestionnaireCatalog questionnaires;
    private final ZoneId zone;

    ResponseWriter(
            ResponseRepository responses,
            AnswerInserts answers,
            Campaigns campaigns,
            Invitations invitations,
            QuestionnaireCatalog questionnaires,
            ZoneId zone) {
        this.responses = responses;
        this.answers = answers;
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.questionnaires = questionnaires;
        this.zone = zone;
    }

    /** Thrown inside the transaction so that it rolls back. */
    static final class InvitationAlreadyUsed extends RuntimeException {
        InvitationAlreadyUsed() {
            super("the invitation was used for another response", null, false, false);
        }
    }

    /** A submission whose answers have been validated, waiting to be written. */
    /** {@code submittedAt}: when a paper form was filled in, if the sheet says; else the moment of writing. */
    record Validated(Submission submission, List<Answer> answers, Optional<Instant> submittedAt) {}

    /** Thrown inside the transaction so that it rolls back: the campaign's cap was reached meanwhile. */
    static final class CapReached extends RuntimeException {
        CapReached() {
            super("the campaign's response cap was reached", null, false, false);
        }
    }

    @Transactional
    long write(Submission submission, long questionnaireVersionId, List<Answer> validAnswers, Instant now) {
        Integer cap = submission.campaign().responseCap();
        if (cap != null) {
            long campaignId = submission.campaign().id();
            responses.lockCampaign(campaignId);
            // Counted under the campaign's lock, and no further than the cap: the cost follows the cap, never the
            // number of responses the campaign holds.
            if (campaigns.completedTowardsCap(submission.campaign()) >= cap) {
                throw new CapReached();
            }
        }
        ResponseRow response = responses.save(responseRow(submission, questionnaireVersionId, now));
        answers.insert(rows(response.id(), validAnswers));
        if (submission.invitation().isPresent()
                && !invitations.spend(submission.invitation().get(), response.id())) {
            // Another tab submitted with the same invitation first: roll this response back.
            throw new InvitationAlreadyUsed();
        }
        return response.id();
    }

    /** Writes many responses in one transaction: if any fails (say a key stored meanwhile), none stays. */
    @Transactional
    void writeAll(List<Validated> validated, long questionnaireVersionId, Instant now) {
        List<AnswerRow> pending = new ArrayList<>();
        for (Validated one : validated) {
            ResponseRow response = responses.save(responseRow(
                    one.submission(), questionnaireVersionId, one.submittedAt().orElse(now)));
            pending.addAll(rows(response.id(), one.answers()));
            if (pending.size() >= ANSWER_BATCH) {
                answers.insert(pending);
                pending.clear();
            }
        }
        answers.insert(pending);
    }

    /** Answer rows sent to the database in one batch. */
    private static final int ANSWER_BATCH = 1000;

    private ResponseRow responseRow(Submission submission, long questionnaireVersionId, Instant now) {
        // the version is cached by the catalog: looking it up again here costs a map read
        String consent = questionnaires
                .version(questionnaireVersionId)
                .flatMap(stored -> ConsentText.sha256(stored.questionnaire(), submission.language()))
                .orElse(null);
        return new ResponseRow(
                null,
                submission.campaign().id(),
                questionnaireVersionId,
                submission.submissionKey(),
                submission.language().code(),
                submission.channel().name(),
                now,
                now.atZone(zone).toLocalDate(),
                submission.startedAt().orElse(null),
                consent);
    }

    static List<AnswerRow> rows(long responseId, List<Answer> validAnswers) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Answer answer : validAnswers) {
            String key = answer.questionKey();
            AnswerValue value = answer.value();
            value.accept(new AnswerValue.Visitor<Void>() {
                @Override
                public Void visitSelectedChoice(AnswerValue.SelectedChoice choice) {
                    rows.add(new AnswerRow(
                            null, responseId, key, choice.value(), null, otherText(choice.otherText()), null));
                    return null;
                }

                @Override
                public Void visitSelectedChoices(AnswerValue.SelectedChoices choices) {
                    choices.values()
                            .forEach(c -> rows.add(new AnswerRow(
                                    null,
                                    responseId,
                                    key,
                                    c,
                                    null,
                                    c.equals(OtherChoice.VALUE) ? otherText(choices.otherText()) : null,
                                    null)));
                    return null;
                }

                @Override
                public Void visitScalePoint(AnswerValue.ScalePoint point) {
                    // Stored as a number like a rating, and as a choice so that shares are counted like single choice.
                    rows.add(new AnswerRow(
                            null,
                            responseId,
                            key,
                            String.valueOf(point.value()),
                            BigDecimal.valueOf(point.value()),
                            null,
                            null));
                    return null;
                }

                @Override
                public Void visitItemChoices(AnswerValue.ItemChoices items) {
                    items.byItem()
                            .forEach((item, choice) -> rows.add(
                                    new AnswerRow(null, responseId, key + "." + item, choice, null, null, null)));
                    return null;
                }

                @Override
                public Void visitRanked(AnswerValue.Ranked ranked) {
                    for (int rank = 1; rank <= ranked.values().size(); rank++) {
                        rows.add(new AnswerRow(
                                null,
                                responseId,
                                key,
                                ranked.values().get(rank - 1),
                                BigDecimal.valueOf(rank),
                                null,
                                null));
                    }
                    return null;
                }

                @Override
                public Void visitRating(AnswerValue.Rating rating) {
                    rows.add(
                            new AnswerRow(null, responseId, key, null, BigDecimal.valueOf(rating.value()), null, null));
                    return null;
                }

                @Override
                public Void visitText(AnswerValue.Text text) {
                    rows.add(new AnswerRow(null, responseId, key, null, null, text.value(), null));
                    return null;
                }

                @Override
                public Void visitNumber(AnswerValue.Number number) {
                    rows.add(new AnswerRow(null, responseId, key, null, number.value(), null, null));
                    return null;
                }

                @Override
                public Void visitDay(AnswerValue.Day day) {
                    rows.add(new AnswerRow(null, responseId, key, null, null, null, day.value()));
                    return null;
                }

                @Override
                public Void visitTimeOfDay(AnswerValue.TimeOfDay time) {
                    rows.add(new AnswerRow(null, responseId, key, null, null, ClockText.iso(time.value()), null));
                    return null;
                }

                @Override
                public Void visitDateTime(AnswerValue.DateTime dateTime) {
                    rows.add(new AnswerRow(null, responseId, key, null, null, ClockText.iso(dateTime.value()), null));
                    return null;
                }
            });
        }
        return rows;
    }

    private static String otherText(String text) {
        return text.isEmpty() ? null : text;
    }
}
