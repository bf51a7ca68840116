/**
 * Preparing a funder workbook's content: reads stored indicator values, project context, questionnaires and answers
 * (SQL read models) and applies small-group suppression.
 */
package fi.mittari.report.preparing;
