/**
 * The statistics funders read beside each indicator, and the small-group suppression that protects respondents.
 *
 * <p>Every estimate keeps its counts: a {@link fi.mittari.indicator.statistics.ProportionEstimate} its numerator and
 * denominator, a {@link fi.mittari.indicator.statistics.MeanEstimate} its n, a
 * {@link fi.mittari.indicator.statistics.PairedChange} the pairs it used and the persons lost between waves. Intervals
 * are 95 %: Wilson score for shares (it stays inside 0–1 and behaves at 0/n and n/n, where the textbook normal
 * interval does not), Student t for means and for paired change. Quantiles come from Apache Commons Statistics, never
 * from code of our own.
 *
 * <p>{@link fi.mittari.indicator.statistics.Suppression} turns figures into
 * {@link fi.mittari.indicator.statistics.Cell}s: shown, or suppressed with a reason, so a hidden figure can never be
 * rendered as a zero. Plain Java plus a math library: no framework, testable in milliseconds.
 */
package fi.mittari.indicator.statistics;
