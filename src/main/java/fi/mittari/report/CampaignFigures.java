package fi.mittari.report;

import java.util.List;

/** One campaign's figures; {@code suppressed} when responses are fewer than the minimum group size. */
public record CampaignFigures(
        String slug, String title, String questionnaireTitle, long responses, boolean suppressed,
        List<ChoiceDistribution> distributions) {

    public CampaignFigures {
        distributions = List.copyOf(distributions);
    }
}
