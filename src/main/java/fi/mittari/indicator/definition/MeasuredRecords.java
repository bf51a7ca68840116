package fi.mittari.indicator.definition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The records a measure is computed over, and what each kind offers to break a figure down by or to narrow it with.
 * This is the one table of it: the definition reader refuses what a measure's records do not offer, and the engine
 * computes by the same table, so a definition promises only what the engine produces. A ratio has no records of its
 * own; it is made of its operands' rows (see {@link IndicatorCatalogCheck}).
 */
public enum MeasuredRecords {
    EVENTS(
            "events",
            dimensions(Dimension.PROJECT, Dimension.EVENT, Dimension.EVENT_TYPE, Dimension.REGION),
            Offer.PERIODS,
            Offer.EVENT_TYPES),
    /** Participation rows and sign-ins: the only records with a sector besides organisations' attendance. */
    ATTENDANCE("attendance records", EnumSet.allOf(Dimension.class), Offer.PERIODS, Offer.EVENT_TYPES),
    ORGANISATIONS("organisations at events", EnumSet.allOf(Dimension.class), Offer.PERIODS, Offer.EVENT_TYPES),
    /** Complete survey responses: their event (through the campaign) gives event, type and region, never a sector. */
    RESPONSES(
            "responses",
            dimensions(Dimension.PROJECT, Dimension.EVENT, Dimension.EVENT_TYPE, Dimension.REGION),
            Offer.PERIODS,
            Offer.ANSWERS,
            Offer.QUESTIONNAIRES,
            Offer.EVENT_TYPES),
    /** A person's baseline and follow-up paired within a project: any other split would part the two waves. */
    PAIRED_ANSWERS("paired answers", dimensions(Dimension.PROJECT), Offer.QUESTIONNAIRES, Offer.EVENT_TYPES),
    /**
     * The coaching register: a project and dates, no event, region or sector. Its answers are each participant's
     * outcome, the last follow-up answer in the window of docs/indicators.md ("Employment"): they narrow the count
     * ({@code where}) and break it down ({@code choice:}), and {@code population.questionnaires} names the follow-ups.
     */
    COACHED("coached participants", dimensions(Dimension.PROJECT), Offer.PERIODS, Offer.ANSWERS, Offer.QUESTIONNAIRES);

    /** What records offer beyond their dimensions. */
    private enum Offer {
        /** month, quarter and year breakdowns */
        PERIODS,
        /** choice:&lt;concept&gt; breakdowns and conditions on answers */
        ANSWERS,
        /** population.questionnaires */
        QUESTIONNAIRES,
        /** population.event_types */
        EVENT_TYPES
    }

    private final String words;
    private final Set<Dimension> dimensions;
    private final Set<Offer> offers;

    MeasuredRecords(String words, Set<Dimension> dimensions, Offer... offers) {
        this.words = words;
        this.dimensions = dimensions;
        this.offers = offers.length == 0 ? EnumSet.noneOf(Offer.class) : EnumSet.of(offers[0], offers);
    }

    /** The records {@code measure} counts, sums or shares out; empty for a ratio, which has none of its own. */
    public static Optional<MeasuredRecords> of(Measure measure) {
        return measure.accept(new RecordsOfMeasure());
    }

    /** The records in plain words, as messages name them: "coached participants". */
    public String words() {
        return words;
    }

    public boolean offers(Dimension dimension) {
        return dimensions.contains(dimension);
    }

    /** Why a figure of these records cannot be broken down so; empty when it can. */
    public Optional<String> refusal(Breakdown breakdown) {
        return breakdown.accept(new Breakdown.Cases<>() {
            @Override
            public Optional<String> byDimension(Breakdown.ByDimension byDimension) {
                return offers(byDimension.dimension()) ? Optional.empty() : cannotBreakDown("no " + byDimension.key());
            }

            @Override
            public Optional<String> byPeriod(Breakdown.ByPeriod byPeriod) {
                return offers.contains(Offer.PERIODS) ? Optional.empty() : cannotBreakDown("no month, quarter or year");
            }

            @Override
            public Optional<String> byChoice(Breakdown.ByChoice byChoice) {
                return offers.contains(Offer.ANSWERS)
                        ? Optional.empty()
                        : cannotBreakDown("no answers to break them down by " + byChoice.concept());
            }
        });
    }

    private Optional<String> cannotBreakDown(String what) {
        List<String> keys = breakdownKeys();
        String choices = keys.size() == 1
                ? keys.get(0)
                : String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
        return Optional.of(words + " have " + what + "; they can be broken down only by " + choices);
    }

    /** Why a condition cannot narrow these records; empty when it can. */
    public Optional<String> refusal(Filter condition) {
        return condition.accept(new Filter.Cases<>() {
            @Override
            public Optional<String> answerIn(Filter.AnswerIn in) {
                return onAnswers();
            }

            @Override
            public Optional<String> dimensionIn(Filter.DimensionIn in) {
                return offers(in.dimension())
                        ? Optional.empty()
                        : Optional.of(words + " have no " + in.dimension().key() + " to set a condition on");
            }

            @Override
            public Optional<String> answerBetween(Filter.AnswerBetween between) {
                return onAnswers();
            }
        });
    }

    private Optional<String> onAnswers() {
        return offers.contains(Offer.ANSWERS)
                ? Optional.empty()
                : Optional.of(words + " have no answers to set a condition on");
    }

    /** Why {@code population.questionnaires} cannot narrow these records; empty when it can. */
    public Optional<String> questionnairesRefusal() {
        return offers.contains(Offer.QUESTIONNAIRES)
                ? Optional.empty()
                : Optional.of(words + " are not answers to questionnaires; population.questionnaires narrows"
                        + " answer-based measures only");
    }

    /** Why {@code population.event_types} cannot narrow these records; empty when it can. */
    public Optional<String> eventTypesRefusal() {
        return offers.contains(Offer.EVENT_TYPES)
                ? Optional.empty()
                : Optional.of(words + " belong to no event; population.event_types cannot narrow them");
    }

    /**
     * Everything {@code definition} declares that its records do not offer, as plain reasons. The reader refuses
     * each where it is written; the engine treats any as a defect rather than leave a figure out.
     */
    public static List<String> refusals(IndicatorDefinition definition) {
        List<String> reasons = new ArrayList<>();
        Optional<MeasuredRecords> records = of(definition.measure());
        if (records.isEmpty()) {
            return reasons; // a ratio: IndicatorCatalogCheck holds its breakdowns to its operands'
        }
        MeasuredRecords offered = records.get();
        definition.breakdowns().forEach(b -> offered.refusal(b).ifPresent(reasons::add));
        MeasureConditions.of(definition.measure()).values().forEach(c -> offered.refusal(c)
                .ifPresent(reasons::add));
        if (!definition.population().questionnaires().isEmpty()) {
            offered.questionnairesRefusal().ifPresent(reasons::add);
        }
        if (!definition.population().eventTypes().isEmpty()) {
            offered.eventTypesRefusal().ifPresent(reasons::add);
        }
        return reasons;
    }

    private List<String> breakdownKeys() {
        List<String> keys = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            if (offers(dimension)) {
                keys.add(dimension.key());
            }
        }
        if (offers.contains(Offer.PERIODS)) {
            for (Breakdown.Granularity granularity : Breakdown.Granularity.values()) {
                keys.add(granularity.key());
            }
        }
        if (offers.contains(Offer.ANSWERS)) {
            keys.add("choice:<concept>");
        }
        return keys;
    }

    private static Set<Dimension> dimensions(Dimension first, Dimension... rest) {
        return EnumSet.of(first, rest);
    }
}
