package fi.mittari.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The forms an export takes. CSV alone is the data only; the others carry the codebook: XLSX as a second sheet, the
 * ZIP formats as codebook.csv and codebook.txt beside answers.csv and, for SPSS, R and Stata, a script reading it.
 */
public enum ExportFormat {
    CSV("csv", false),
    XLSX("xlsx", false),
    /** answers.csv with its codebook, no script. */
    CSV_ZIP("zip", true),
    SPSS("zip", true),
    R("zip", true),
    STATA("zip", true);

    private final String extension;
    private final boolean zip;

    ExportFormat(String extension, boolean zip) {
        this.extension = extension;
        this.zip = zip;
    }

    public String extension() {
        return extension;
    }

    public boolean zip() {
        return zip;
    }

    /** The form's name as requests give it: csv, xlsx, csv_zip, spss, r, stata. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> fromParameter(String value) {
        for (ExportFormat format : values()) {
            if (format.parameter().equals(value)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
