package fi.mittari.report;

import java.math.BigDecimal;

/**
 * One choice of a question: how many chose it and their {@code share} (0..1, count / answered, already computed) of
 * those who answered the question.
 */
public record ChoiceFigure(String value, String label, long count, BigDecimal share) {}
