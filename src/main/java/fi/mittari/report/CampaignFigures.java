package fi.mittari.report;

import java.util.List;

/**
 * One campaign's figures. {@code suppressed} is true when {@code responses} is below the minimum group size: then no
 * distributions are shown, only a note.
 */
public record CampaignFigures(
        String slug,
        String title,
        String questionnaireTitle,
        long responses,
        boolean suppressed,
        List<ChoiceDistribution> distributions) {

    public CampaignFigures {
        distributions = List.copyOf(distributions);
    }
}
