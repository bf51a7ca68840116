/**
 * Report definitions: the files of {@code batch/reports/} that say what each funder workbook covers, who receives it
 * and when it is built. Domain core: no HTTP, no SQL, no POI.
 */
package fi.mittari.report.definition;
