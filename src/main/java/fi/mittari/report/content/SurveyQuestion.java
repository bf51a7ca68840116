package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A closed question of a survey campaign (a matrix item counts as a question "Question – item") with each choice's
 * count and share of those who answered it, with a 95 % Wilson interval. Suppressed when fewer answered than the
 * minimum group size: then no choice shows figures.
 */
public record SurveyQuestion(
        String campaignSlug,
        String campaignTitle,
        String questionKey,
        String label,
        long answered,
        List<ChoiceResult> choices,
        Suppression suppression) {

    public SurveyQuestion {
        choices = List.copyOf(choices);
    }

    public record ChoiceResult(
            String value,
            String label,
            Optional<Long> count,
            Optional<BigDecimal> share,
            Optional<BigDecimal> intervalLow,
            Optional<BigDecimal> intervalHigh) {}
}
