package fi.mittari.indicator.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What retention runs removed, as the engine needs to know it (a port over the privacy feature's removal log; the
 * adapter in {@code indicator.engine.persistence} reads it).
 */
public interface RetentionRemovals {

    /**
     * True when a retention run deleted or anonymised responses sent on a day from {@code from} to {@code to} (both
     * included) of one of {@code projectCodes}, or of any project when the list is empty.
     */
    boolean removedWithin(LocalDate from, LocalDate to, List<String> projectCodes);
}
