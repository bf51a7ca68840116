package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.reference.Unit.Answered;
import fi.mittari.indicator.reference.Unit.Attendance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The conditions of batch/README.md ("Conditions") on one response or one piece of attendance. */
final class Conditions {

    private Conditions() {}

    static boolean matches(Filter filter, Answered response) {
        if (filter instanceof Filter.AnswerIn in) {
            return response.choices().getOrDefault(in.concept(), List.of()).stream()
                    .anyMatch(in.values()::contains);
        }
        if (filter instanceof Filter.AnswerBetween between) {
            BigDecimal x = response.numbers().get(between.concept());
            return x != null
                    && between.min().map(min -> x.compareTo(min) >= 0).orElse(true)
                    && between.max().map(max -> x.compareTo(max) <= 0).orElse(true);
        }
        var in = (Filter.DimensionIn) filter;
        return value(in.dimension(), response).filter(in.values()::contains).isPresent();
    }

    /** Whether the response answered what the condition asks about: the default denominator of a share. */
    static boolean known(Filter filter, Answered response) {
        if (filter instanceof Filter.AnswerIn in) {
            return !response.choices().getOrDefault(in.concept(), List.of()).isEmpty();
        }
        if (filter instanceof Filter.AnswerBetween between) {
            return response.numbers().containsKey(between.concept());
        }
        return value(((Filter.DimensionIn) filter).dimension(), response).isPresent();
    }

    private static Optional<String> value(Dimension dimension, Answered response) {
        return switch (dimension) {
            case EVENT_TYPE -> response.event().map(Scenario.Event::type);
            case REGION -> response.event().map(Scenario.Event::region);
            case EVENT -> response.event().map(Scenario.Event::code);
            case PROJECT -> Optional.of(response.project());
            case SECTOR -> Optional.empty();
        };
    }

    static boolean matches(Filter filter, Attendance attendance) {
        var in = (Filter.DimensionIn) filter;
        return value(in.dimension(), attendance).filter(in.values()::contains).isPresent();
    }

    /** Attendance with a known value of the dimension the share is of (a sign-in has no sector). */
    static boolean known(Filter filter, Attendance attendance) {
        return value(((Filter.DimensionIn) filter).dimension(), attendance).isPresent();
    }

    private static Optional<String> value(Dimension dimension, Attendance attendance) {
        return switch (dimension) {
            case SECTOR -> Optional.ofNullable(attendance.sector());
            case REGION -> Optional.of(attendance.region());
            case EVENT_TYPE -> Optional.of(attendance.event().type());
            case EVENT -> Optional.of(attendance.event().code());
            case PROJECT -> Optional.of(attendance.project());
        };
    }
}
