package fi.mittari.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One campaign's part of an erasure or a retention run, as recorded: what kind, how much, by whom, never what. */
public record Removal(
        String actionKey,
        RemovalKind kind,
        long campaignId,
        String campaignSlug,
        Optional<String> projectCode,
        long responses,
        long answerRows,
        Optional<LocalDate> firstDay,
        Optional<LocalDate> lastDay,
        String doneBy,
        Instant doneAt) {}
