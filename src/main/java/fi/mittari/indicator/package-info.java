/**
 * Indicators: their definitions read from {@code batch/indicators} ({@link fi.mittari.indicator.definition}), the
 * engine that computes and stores them per scope ({@link fi.mittari.indicator.engine}), the statistics beside each
 * figure ({@link fi.mittari.indicator.statistics}), the indicator files staff edit ({@code
 * fi.mittari.indicator.files}) and the pages and API that show the stored values ({@code fi.mittari.indicator.web}).
 */
package fi.mittari.indicator;
