/**
 * Indicator definitions as read from {@code batch/indicators/*.yaml}: what is measured ({@link
 * fi.mittari.indicator.definition.Measure}), over which population, broken down by what ({@link
 * fi.mittari.indicator.definition.Breakdown}), with names, unit, targets and the data basis funders ask for. Plain Java:
 * the reader turns a file into these values or into located problems; the aggregation job turns them into SQL.
 */
package fi.mittari.indicator.definition;
