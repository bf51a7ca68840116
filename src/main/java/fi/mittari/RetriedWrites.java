package fi.mittari;

import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * Runs a respondent's write and, when it fails in a way worth trying again ({@link RetriedWriteFailure}), runs it again
 * after a pause: up to five more times, 100 ms after the first failure and twice as long after each next one (100,
 * 200, 400, 800, 1600 ms), as Micronaut's {@code @Retryable(attempts = "5", delay = "100ms", multiplier = "2")} did.
 * Written out because {@code @Retryable} builds its retry state from the annotation on every call (reading the
 * attempts and parsing the durations, creating the predicate by introspection), a rule that never changes after
 * start-up; the write must not run inside a transaction of the caller's, so that each try is a transaction of its own.
 */
public final class RetriedWrites {

    static final int RETRIES = 5;
    static final long FIRST_PAUSE_MILLIS = 100;
    private static final RetriedWriteFailure WORTH_RETRYING = new RetriedWriteFailure();

    private RetriedWrites() {}

    /** What {@code write} returns, tried again as above; the last failure when no try succeeded. */
    public static <T> T run(Supplier<T> write) {
        return run(write, RetriedWrites::sleep);
    }

    /** As {@link #run(Supplier)}, pausing with {@code pause}, which answers false when the wait was interrupted. */
    static <T> T run(Supplier<T> write, LongPredicate pause) {
        for (int retry = 1; ; retry++) {
            try {
                return write.get();
            } catch (RuntimeException failure) {
                if (retry > RETRIES
                        || !WORTH_RETRYING.test(failure)
                        || !pause.test(FIRST_PAUSE_MILLIS << (retry - 1))) {
                    throw failure;
                }
            }
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            // The server is stopping: the failure is answered now rather than after another try.
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
