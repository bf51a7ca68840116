package fi.mittari.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Why an uploaded sheet (paper forms, events, participation) was stored not at all: every bad row and column, the first
 * {@value #MAX_LISTED} of them listed, and a one-line summary ("Nothing was stored: 4 problems in 2 rows").
 */
@Serdeable
public record UploadRefusal(String message, List<RowError> errors) {

    public static final int MAX_LISTED = 1000;

    @Serdeable
    public record RowError(int row, String column, String message) {}

    /** The whole file was unreadable: no rows to point at. */
    public static UploadRefusal unreadable(String message) {
        return new UploadRefusal(message, List.of());
    }

    public static UploadRefusal of(List<RowError> problems) {
        long rows = problems.stream().mapToInt(RowError::row).distinct().count();
        String message = "Nothing was stored: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in " + rows + (rows == 1 ? " row" : " rows");
        if (problems.size() > MAX_LISTED) {
            message += "; the first " + MAX_LISTED + " are listed";
        }
        return new UploadRefusal(message, problems.stream().limit(MAX_LISTED).toList());
    }
}
