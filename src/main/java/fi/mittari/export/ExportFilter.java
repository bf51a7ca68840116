package fi.mittari.export;

import fi.mittari.questionnaire.Language;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which responses: sent from {@code from} to {@code to} (days, both included, in Mittari's time zone), those not sent
 * yet too when {@code partial} (by the day they were last saved), of one campaign of a questionnaire, in one language.
 */
public record ExportFilter(
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        boolean partial,
        Optional<String> campaign,
        Optional<Language> language) {

    public static final ExportFilter ALL =
            new ExportFilter(Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty());

    /** Whether a day falls in the period. */
    public boolean covers(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true)
                && to.map(t -> !day.isAfter(t)).orElse(true);
    }
}
