package fi.mittari.report;

import java.math.BigDecimal;

/** One choice: how many chose it and their share (0..1) of those who answered the question. */
public record ChoiceFigure(String value, String label, long count, BigDecimal share) {}
