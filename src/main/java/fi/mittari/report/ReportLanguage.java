package fi.mittari.report;

/** The languages a funder workbook can be written in. */
public enum ReportLanguage {
    FI,
    SV,
    EN
}
