package fi.mittari.indicator.progress;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * One goal of a project against its indicator: the goal's words (empty for a target set in an indicator file), the
 * indicator, its baseline (0 when none is known), target and current value, and whether the current value is
 * suppressed or not computed yet.
 *
 * @param share the indicator is a proportion (0..1), shown as a percentage
 */
public record GoalProgress(
        String description,
        String indicatorCode,
        LocalizedText indicatorName,
        LocalizedText unit,
        int decimals,
        boolean share,
        BigDecimal baseline,
        Optional<BigDecimal> target,
        Optional<BigDecimal> current,
        boolean suppressed) {

    /**
     * The part of the way from baseline to target covered, as a fraction (1 = reached; may exceed 1 or be negative);
     * empty without a target, a current value, or any distance to cover.
     */
    public Optional<BigDecimal> progress() {
        if (target.isEmpty() || current.isEmpty() || suppressed) {
            return Optional.empty();
        }
        BigDecimal distance = target.get().subtract(baseline);
        if (distance.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(current.get().subtract(baseline).divide(distance, MathContext.DECIMAL64));
    }

    /** The indicator's name in {@code language} (Finnish when it has none there), or its code when it has no name. */
    public String name(Language language) {
        String name = indicatorName.in(language, Language.FI);
        return name.isBlank() ? indicatorCode : name;
    }

    /** Decimals to show: a share's are of its percentage (0.530 with 3 decimals is 53.0 %). */
    public int shownDecimals() {
        return share ? Math.max(0, decimals - 2) : decimals;
    }

    /** The bar of the progress in steps of 2 %, as the stylesheet draws them. */
    public int barStep() {
        return barPercent() / 2 * 2;
    }

    /** The progress as whole percent between 0 and 100, for a bar. */
    public int barPercent() {
        return progress()
                .map(p -> p.max(BigDecimal.ZERO).min(BigDecimal.ONE))
                .map(p -> p.movePointRight(2).intValue())
                .orElse(0);
    }

    public boolean reached() {
        return progress().map(p -> p.compareTo(BigDecimal.ONE) >= 0).orElse(false);
    }
}
