package fi.mittari.batch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One step of a job run: its counts as of its last committed chunk, and its progress when it knows its total. */
@Serdeable
public record StepProgress(
        String name,
        String status,
        long readCount,
        long writeCount,
        long skipCount,
        long commitCount,
        @Nullable Progress progress) {}
