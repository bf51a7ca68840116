package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Response and data quality of one survey campaign in the period: invited (invitations sent; empty for anonymous
 * links), complete and partial responses, the response rate (complete ÷ invited) and per question how many of those
 * asked left it unanswered.
 */
public record CampaignQuality(
        String campaignSlug,
        String campaignTitle,
        Optional<Long> invited,
        long complete,
        long partial,
        Optional<BigDecimal> responseRate,
        List<MissingAnswers> missing) {

    public CampaignQuality {
        missing = List.copyOf(missing);
    }

    /** {@code asked}: complete responses the question was shown to (conditions considered); {@code missing}: unanswered. */
    public record MissingAnswers(
            String questionKey, String label, long asked, long missing, Optional<BigDecimal> share) {}
}
