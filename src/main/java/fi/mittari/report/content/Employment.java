package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Coaching outcomes of one project: coached, employed (in total and by type), the employment rate (employed ÷
 * coached) with its 95 % interval, and the follow-up window the figures rest on.
 */
public record Employment(
        String projectCode,
        Figure coached,
        Figure employed,
        List<EmploymentType> byType,
        Figure rate,
        Optional<BigDecimal> intervalLow,
        Optional<BigDecimal> intervalHigh,
        String followupWindow,
        String basisLabel,
        Suppression suppression) {

    public Employment {
        byType = List.copyOf(byType);
    }

    public record EmploymentType(String key, String label, Optional<Long> count, Suppression suppression) {}
}
