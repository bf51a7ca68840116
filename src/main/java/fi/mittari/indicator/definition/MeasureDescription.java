package fi.mittari.indicator.definition;

import java.util.Locale;
import java.util.Optional;

/** A measure in plain English, for lists of definitions: "share of attendance with sector in [third_sector]". */
public final class MeasureDescription {

    private MeasureDescription() {}

    public static String of(Measure measure) {
        return measure.accept(new Measure.Cases<>() {
            @Override
            public String count(Measure.Count count) {
                return "count of " + word(count.unit()) + where(count.where());
            }

            @Override
            public String distinctCount(Measure.DistinctCount count) {
                return "count of distinct " + word(count.unit()) + where(count.where());
            }

            @Override
            public String sum(Measure.Sum sum) {
                return "sum of " + of(sum.quantity());
            }

            @Override
            public String summary(Measure.Summary summary) {
                return word(summary.statistic()) + " of " + of(summary.quantity()) + " per "
                        + perUnit(summary.quantity());
            }

            @Override
            public String proportion(Measure.Proportion proportion) {
                return "share of " + of(proportion.quantity()) + " with " + of(proportion.numerator())
                        + proportion
                                .denominator()
                                .map(f -> ", among those with " + of(f))
                                .orElse("");
            }

            @Override
            public String ratio(Measure.Ratio ratio) {
                return ratio.numeratorIndicator() + " / " + ratio.denominatorIndicator();
            }

            @Override
            public String pairedChange(Measure.PairedChange change) {
                return "change in " + change.concept() + " from " + change.baselineQuestionnaire() + " to "
                        + change.followupQuestionnaire() + ", per person";
            }
        });
    }

    static String of(Quantity quantity) {
        return quantity.accept(new Quantity.Cases<>() {
            @Override
            public String attendance(Quantity.Attendance attendance) {
                return "attendance";
            }

            @Override
            public String respondents(Quantity.Respondents respondents) {
                return "respondents";
            }

            @Override
            public String answerNumber(Quantity.AnswerNumber answer) {
                return "answers to " + answer.concept();
            }
        });
    }

    /** What a summary's value is per: attendance per event, anything else per response. */
    private static String perUnit(Quantity quantity) {
        return quantity.accept(new Quantity.Cases<>() {
            @Override
            public String attendance(Quantity.Attendance attendance) {
                return "event";
            }

            @Override
            public String respondents(Quantity.Respondents respondents) {
                return "response";
            }

            @Override
            public String answerNumber(Quantity.AnswerNumber answer) {
                return "response";
            }
        });
    }

    static String of(Filter filter) {
        return filter.accept(new Filter.Cases<>() {
            @Override
            public String answerIn(Filter.AnswerIn in) {
                return in.concept() + " in " + in.values();
            }

            @Override
            public String dimensionIn(Filter.DimensionIn in) {
                return in.dimension().key() + " in " + in.values();
            }

            @Override
            public String answerBetween(Filter.AnswerBetween between) {
                return between.concept()
                        + between.min().map(min -> " ≥ " + min.toPlainString()).orElse("")
                        + between.max().map(max -> " ≤ " + max.toPlainString()).orElse("");
            }
        });
    }

    private static String where(Optional<Filter> where) {
        return where.map(f -> " where " + of(f)).orElse("");
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
