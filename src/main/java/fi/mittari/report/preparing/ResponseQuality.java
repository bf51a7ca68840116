package fi.mittari.report.preparing;

import fi.mittari.campaign.Invitations;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixItems;
import fi.mittari.questionnaire.Question;
import fi.mittari.report.content.CampaignQuality;
import fi.mittari.report.preparing.AskedQuestions.StoredAnswer;
import fi.mittari.response.StoredResponses;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Response and data quality sheet: per survey campaign the invitations, complete and partial responses in the
 * period, and per question how many complete responses were asked it and left it empty. The answers are read as one
 * ordered stream and held one response at a time.
 */
final class ResponseQuality {

    private final StoredResponses responses;
    private final Invitations invitations;
    private final ReportTexts texts;

    private final ZoneId zone;

    ResponseQuality(StoredResponses responses, Invitations invitations, ReportTexts texts, ZoneId zone) {
        this.responses = responses;
        this.invitations = invitations;
        this.texts = texts;
        this.zone = zone;
    }

    CampaignQuality quality(ReportCampaign campaign) {
        // A partial response has no day of its own: the period's days are turned into instants in the setting's zone.
        var scope = campaign.scope();
        long invited = invitations.created(campaign.campaign());
        long complete = responses.count(campaign.period());
        long partial = responses.unfinishedStarted(
                campaign.id(),
                scope.from().atStartOfDay(zone).toInstant(),
                scope.to().plusDays(1).atStartOfDay(zone).toInstant());
        Optional<BigDecimal> rate = invited == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(complete).divide(BigDecimal.valueOf(invited), 6, RoundingMode.HALF_UP));
        return new CampaignQuality(
                campaign.slug(),
                campaign.campaign().title(),
                invited == 0 ? Optional.empty() : Optional.of(invited),
                complete,
                partial,
                rate,
                missing(campaign));
    }

    private List<CampaignQuality.MissingAnswers> missing(ReportCampaign campaign) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Question question : campaign.questionnaire().questions()) {
            if (!question.takesAnswer()) {
                continue;
            }
            List<MatrixItem> items = MatrixItems.of(question);
            if (!items.isEmpty()) {
                for (MatrixItem item : items) {
                    labels.put(
                            question.key() + "." + item.key(),
                            texts.text(question.label()) + " – " + texts.text(item.label()));
                }
            } else {
                labels.put(question.key(), texts.text(question.label()));
            }
        }
        Tally tally = new Tally(new AskedQuestions(campaign.questionnaire()));
        responses.eachAnswer(campaign.period(), tally::row);
        tally.finish();
        List<CampaignQuality.MissingAnswers> missing = new ArrayList<>();
        labels.forEach((key, label) -> {
            long asked = tally.asked.getOrDefault(key, 0L);
            long empty = tally.missing.getOrDefault(key, 0L);
            missing.add(new CampaignQuality.MissingAnswers(
                    key,
                    label,
                    asked,
                    empty,
                    asked == 0
                            ? Optional.empty()
                            : Optional.of(BigDecimal.valueOf(empty)
                                    .divide(BigDecimal.valueOf(asked), 6, RoundingMode.HALF_UP))));
        });
        return missing;
    }

    /** Counts per answer key while the rows stream by, one response's answers in memory at a time. */
    private static final class Tally {
        private final AskedQuestions questions;
        private final Map<String, Long> asked = new LinkedHashMap<>();
        private final Map<String, Long> missing = new LinkedHashMap<>();
        private long response = -1;
        private LocalDate submittedOn;
        private final List<StoredAnswer> answers = new ArrayList<>();

        Tally(AskedQuestions questions) {
            this.questions = questions;
        }

        void row(fi.mittari.response.StoredAnswer row) {
            if (row.responseId() != response) {
                finish();
                response = row.responseId();
                submittedOn = row.submittedOn();
            }
            row.questionKey()
                    .ifPresent(key ->
                            answers.add(new StoredAnswer(key, row.choice(), row.number(), row.text(), row.date())));
        }

        void finish() {
            if (response < 0) {
                return;
            }
            Set<String> answered = new HashSet<>();
            answers.forEach(a -> answered.add(a.questionKey()));
            for (String key : questions.asked(answers, submittedOn)) {
                asked.merge(key, 1L, Long::sum);
                if (!answered.contains(key)) {
                    missing.merge(key, 1L, Long::sum);
                }
            }
            answers.clear();
            response = -1;
        }
    }
}
