package fi.mittari.batch;

import io.micronaut.serde.annotation.Serdeable;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Items done of the total a step announced ({@link BatchJobs#TOTAL_KEY}). {@code done} never exceeds {@code total}:
 * a step that announced too few items shows as complete rather than as 110 %.
 */
@Serdeable
public record Progress(long done, long total) {

    private static final Locale FINNISH = Locale.forLanguageTag("fi-FI");

    public Progress {
        if (total < 0 || done < 0) {
            throw new IllegalArgumentException("progress counts are never negative: " + done + " of " + total);
        }
        done = Math.min(done, total);
    }

    /** Whole percent, rounded down so that a run shows 100 only when every item is done. */
    public int percent() {
        return total == 0 ? 100 : (int) (done * 100 / total);
    }

    /** "412 of 1 000 items", digits grouped with a space as in Finnish. */
    public String describe() {
        NumberFormat format = NumberFormat.getIntegerInstance(FINNISH);
        String word = total == 1 ? "item" : "items";
        return (format.format(done) + " of " + format.format(total) + " " + word).replace('\u00a0', ' ');
    }

    Progress plus(Progress other) {
        return new Progress(done + other.done, total + other.total);
    }
}
