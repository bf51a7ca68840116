/**
 * Working on a draft through its YAML document rather than its whole text: the translations view, inserting from the
 * question bank, copying a questionnaire and starting one from a sample. {@link
 * fi.mittari.questionnaire.drafting.DraftDocuments} reads the draft (or the live version) as a document and saves it
 * back as a draft.
 */
package fi.mittari.questionnaire.drafting;
