package fi.mittari.indicator.definition;

import fi.mittari.indicator.definition.Measure.Filter;
import fi.mittari.indicator.definition.Measure.Quantity;
import java.util.Locale;

/** A measure in plain English, for lists of definitions: "share of attendance with sector in [third_sector]". */
public final class MeasureDescription {

    private MeasureDescription() {}

    public static String of(Measure measure) {
        if (measure instanceof Measure.Count count) {
            return "count of " + word(count.unit())
                    + count.where().map(f -> " where " + of(f)).orElse("");
        }
        if (measure instanceof Measure.DistinctCount count) {
            return "count of distinct " + word(count.unit())
                    + count.where().map(f -> " where " + of(f)).orElse("");
        }
        if (measure instanceof Measure.Sum sum) {
            return "sum of " + of(sum.quantity());
        }
        if (measure instanceof Measure.Summary summary) {
            return word(summary.statistic()) + " of " + of(summary.quantity()) + " per "
                    + (summary.quantity() instanceof Quantity.Attendance ? "event" : "response");
        }
        if (measure instanceof Measure.Proportion proportion) {
            return "share of " + of(proportion.quantity()) + " with " + of(proportion.numerator())
                    + proportion
                            .denominator()
                            .map(f -> ", among those with " + of(f))
                            .orElse("");
        }
        if (measure instanceof Measure.Ratio ratio) {
            return ratio.numeratorIndicator() + " / " + ratio.denominatorIndicator();
        }
        Measure.PairedChange change = (Measure.PairedChange) measure;
        return "change in " + change.concept() + " from " + change.baselineQuestionnaire() + " to "
                + change.followupQuestionnaire() + ", per person";
    }

    static String of(Quantity quantity) {
        if (quantity instanceof Quantity.AnswerNumber answer) {
            return "answers to " + answer.concept();
        }
        return quantity instanceof Quantity.Attendance ? "attendance" : "respondents";
    }

    static String of(Filter filter) {
        if (filter instanceof Filter.AnswerIn in) {
            return in.concept() + " in " + in.values();
        }
        if (filter instanceof Filter.DimensionIn in) {
            return in.dimension().key() + " in " + in.values();
        }
        Filter.AnswerBetween between = (Filter.AnswerBetween) filter;
        return between.concept()
                + between.min().map(min -> " ≥ " + min.toPlainString()).orElse("")
                + between.max().map(max -> " ≤ " + max.toPlainString()).orElse("");
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
