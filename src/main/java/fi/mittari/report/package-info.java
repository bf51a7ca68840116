/**
 * Funder reports: report definitions ({@code definition}), what a workbook shows ({@code content}, gathered by
 * {@code preparing}), writing it with Apache POI ({@code workbook}), and the archive of built workbooks with their
 * access and email delivery ({@code archive}, served by {@code web}).
 */
package fi.mittari.report;
