/**
 * Uploaded response sheets (CSV or XLSX) read as plain text tables: a header row, then numbered rows of cells as a
 * person sees them. Nothing here knows questionnaires; {@link fi.mittari.response.ImportingResponses} gives the
 * columns their meaning. Entry point: {@link fi.mittari.response.sheet.ResponseSheet}.
 */
package fi.mittari.response.sheet;
