/**
 * Working on a draft through its YAML document rather than its whole text: the translations view, inserting from the
 * question bank, copying a questionnaire and starting one from a sample. {@link
 * fi.mittari.questionnaire.drafting.DraftDocuments} reads the draft (or the live version) as a document and saves it
 * back as a draft. {@link fi.mittari.questionnaire.drafting.XlsFormDrafts} starts a questionnaire from an XLSForm
 * workbook; {@link fi.mittari.questionnaire.drafting.RefusedWorkbooks} keeps one refused only for questions Mittari
 * cannot ask, for its uploader and an hour, in table {@code xlsform_kept_upload} (written by {@code
 * drafting.persistence} alone).
 */
package fi.mittari.questionnaire.drafting;
