package fi.mittari.export;

import java.io.IOException;

/** Where an export's rows go, one at a time: a CSV file or a workbook sheet. */
public interface AnswerTable {

    /** Called once before the rows: the header. */
    void start() throws IOException;

    /** One response; null cells are missing values. */
    void row(String[] cells) throws IOException;

    /** After the last row: the codebook and whatever else follows the rows. */
    void finish() throws IOException;
}
