/**
 * Answers out: a campaign's or a questionnaire's responses as one row per response and one column per question,
 * matrix item, multiple-choice option or "other" text, written as CSV, XLSX, or a CSV with an SPSS, R or Stata script,
 * always with a codebook. Rows are streamed from the database to the download; nothing holds all of them. The column
 * rules are in docs/exports.md, the decisions in ADR 0029.
 */
package fi.mittari.export;
