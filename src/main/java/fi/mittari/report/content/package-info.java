/**
 * What a funder workbook shows, as plain values: {@link fi.mittari.report.content.WorkbookContent} and its parts.
 * Prepared from stored results by {@code report.preparing}, laid out by {@code report.workbook}. No SQL, no POI.
 */
package fi.mittari.report.content;
