package fi.mittari;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values read from the database and kept in memory for a short while, for reads that every request makes and whose
 * answer seldom changes (a respondent's campaign, a token's session). A change made on this instance is announced with
 * {@link #forget()}: everything kept is dropped, and a value whose read was under way across the change is not kept,
 * since it may be the old one. Values that are not found are never kept, so the memory held is bounded by the rows
 * that exist.
 */
public final class KeptAWhile<K, V> {

    private final long freshForNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    /** Counts the changes: a value read across a change may be the old one and is not kept. */
    private final AtomicLong changes = new AtomicLong();

    private record Kept<V>(V value, long readAtNanos) {}

    public KeptAWhile(Duration freshFor) {
        this(freshFor, System::nanoTime);
    }

    KeptAWhile(Duration freshFor, LongSupplier nanoTime) {
        this.freshForNanos = freshFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The value kept for {@code key} if it is fresh enough, else what {@code read} finds (kept when found). */
    public Optional<V> get(K key, Supplier<Optional<V>> read) {
        long now = nanoTime.getAsLong();
        Kept<V> known = kept.get(key);
        if (known != null && now - known.readAtNanos() < freshForNanos) {
            return Optional.of(known.value());
        }
        long changesBefore = changes.get();
        Optional<V> found = read.get();
        if (found.isPresent() && changes.get() == changesBefore) {
            Kept<V> fresh = new Kept<>(found.get(), now);
            kept.put(key, fresh);
            if (changes.get() != changesBefore) {
                // a change came between the check and the put: what was read may be the old value
                kept.remove(key, fresh);
            }
        }
        return found;
    }

    /** Something changed on this instance: every kept value is dropped, and reads under way are not kept. */
    public void forget() {
        changes.incrementAndGet();
        kept.clear();
    }
}
