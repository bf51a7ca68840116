/**
 * Indicators: figures as numerator and denominator, the arithmetic that turns counted answers into them
 * ({@link fi.mittari.indicator.ChoiceShares}), and the aggregation SQL with the stored results
 * ({@link fi.mittari.indicator.IndicatorResults}).
 */
package fi.mittari.indicator;
