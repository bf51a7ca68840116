/**
 * Uploaded sheets (CSV or XLSX) read as plain text tables: a header row, then numbered rows of cells as a person sees
 * them. Nothing here knows what the columns mean: {@link fi.mittari.response.ImportingResponses} reads paper forms
 * from them and the context feature events and participation. Entry point: {@link fi.mittari.sheet.ResponseSheet}.
 */
package fi.mittari.sheet;
