/**
 * Indicators: their definitions and how they are read ({@link fi.mittari.indicator.definition}; stored and edited in
 * {@code fi.mittari.definition}), the engine that computes and stores them per scope ({@link
 * fi.mittari.indicator.engine}), the statistics beside each figure ({@link fi.mittari.indicator.statistics}) and the
 * pages and API that show the stored values ({@code fi.mittari.indicator.web}).
 */
package fi.mittari.indicator;
