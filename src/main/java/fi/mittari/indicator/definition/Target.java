package fi.mittari.indicator.definition;

import java.math.BigDecimal;
import java.util.Optional;

/** A project's target for an indicator, with the baseline it started from when one is known. */
public record Target(String project, BigDecimal value, Optional<BigDecimal> baseline) {}
