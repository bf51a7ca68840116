package fi.mittari.context;

/** Why an imported row was refused: its spreadsheet row number (the header is row 1), the column, and a message. */
public record ImportProblem(int row, String column, String message) {}
