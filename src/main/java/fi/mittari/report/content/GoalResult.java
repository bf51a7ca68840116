package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A project goal against what was achieved, with a one-line text ready to paste into the funder's online form, e.g.
 * "Tavoite 10–15 alueellista verkostoa: toteutui 12 (kerätty tieto, 1.1.–31.12.2019)."
 */
public record GoalResult(
        String projectCode,
        String goal,
        Optional<String> indicatorCode,
        Optional<String> indicatorName,
        Optional<BigDecimal> baseline,
        Optional<BigDecimal> target,
        Figure actual,
        String basisLabel,
        String pasteText,
        Suppression suppression) {}
