/** The funder workbook laid out with Apache POI from {@link fi.mittari.report.content.WorkbookContent}. */
package fi.mittari.report.workbook;
