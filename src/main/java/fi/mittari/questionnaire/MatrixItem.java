package fi.mittari.questionnaire;

import java.util.Objects;

/** One row of a matrix question: what is rated on the matrix's scale. Its key is unique within the matrix. */
public record MatrixItem(String key, LocalizedText label) {

    public MatrixItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
