/**
 * Funder reports: gathering the stored indicators with small-group suppression
 * ({@link fi.mittari.report.PreparingFunderReport}), writing the Excel workbook with Apache POI, storing and serving
 * the files ({@link fi.mittari.report.Reports}).
 */
package fi.mittari.report;
