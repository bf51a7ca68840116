package fi.mittari.indicator.definition;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A project's target for an indicator, with the baseline it started from when one is known, in the unit the figure is
 * stored in: a share's as a fraction (60 % is 0.6; the file writes 60), any other figure's in its own unit.
 */
public record Target(String project, BigDecimal value, Optional<BigDecimal> baseline) {}
