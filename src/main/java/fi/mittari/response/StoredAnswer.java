package fi.mittari.response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One stored answer row of a complete response, with the response it belongs to. A response without any answer is
 * read as one row without a question key, so that readers that count responses see it.
 */
public record StoredAnswer(
        long responseId,
        LocalDate submittedOn,
        Optional<String> questionKey,
        Optional<String> choice,
        Optional<BigDecimal> number,
        Optional<String> text,
        Optional<LocalDate> date) {}
