package fi.mittari.indicator.statistics;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A figure as a report may print it: shown, or suppressed with a reason. There is no default value for a suppressed
 * cell, so whatever renders one must say that it is suppressed; it can never turn into a zero.
 *
 * <p>The reason is for staff and audits. A funder's report should mark primary and complementary cells alike: telling
 * them apart narrows down the values hidden behind them.
 */
public sealed interface Cell<T> permits Cell.Shown, Cell.Suppressed {

    record Shown<T>(T value) implements Cell<T> {
        public Shown {
            Objects.requireNonNull(value, "a shown cell has a value");
        }

        @Override
        public <R> R fold(
                Function<? super T, ? extends R> whenShown, Function<SuppressionReason, ? extends R> whenSuppressed) {
            return whenShown.apply(value);
        }
    }

    record Suppressed<T>(SuppressionReason reason) implements Cell<T> {
        public Suppressed {
            Objects.requireNonNull(reason, "a suppressed cell says why");
        }

        @Override
        public <R> R fold(
                Function<? super T, ? extends R> whenShown, Function<SuppressionReason, ? extends R> whenSuppressed) {
            return whenSuppressed.apply(reason);
        }
    }

    static <T> Cell<T> shown(T value) {
        return new Shown<>(value);
    }

    static <T> Cell<T> suppressed(SuppressionReason reason) {
        return new Suppressed<>(reason);
    }

    /** Both cases handled, as a renderer must: {@code cell.fold(this::format, reason -> "–")}. */
    <R> R fold(Function<? super T, ? extends R> whenShown, Function<SuppressionReason, ? extends R> whenSuppressed);

    default Optional<T> shownValue() {
        return fold(Optional::of, reason -> Optional.empty());
    }

    default Optional<SuppressionReason> suppressionReason() {
        return fold(value -> Optional.empty(), Optional::of);
    }

    default boolean isSuppressed() {
        return suppressionReason().isPresent();
    }
}
