package fi.mittari.response;

/** Why an uploaded row was refused: its spreadsheet row number (the header is row 1), the column, and a message. */
public record RowProblem(int row, String column, String message) {}
