/**
 * The indicator engine: every defined indicator ({@link fi.mittari.indicator.definition}) for a scope (a project or
 * all, and a period), in total and per breakdown group. {@link fi.mittari.indicator.engine.IndicatorSql} writes one
 * grouped query per definition and breakdown, so the database does the counting; {@link
 * fi.mittari.indicator.engine.IndicatorArithmetic} (plain Java) rounds, adds intervals and suppresses small groups;
 * {@link fi.mittari.indicator.engine.IndicatorValues} stages a run's rows and publishes them per scope in one
 * transaction. The batch job {@code aggregateIndicators} drives it.
 */
package fi.mittari.indicator.engine;
