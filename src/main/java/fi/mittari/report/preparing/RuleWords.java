package fi.mittari.report.preparing;

import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;

/**
 * An indicator's exact rule in the report's language, for the Method sheet: "osuus osallistumisista, joissa sektori on
 * [third_sector]". Codes (concepts, questionnaires, sectors) stay as the definitions write them, so that a reader can
 * find them; no file is named.
 */
final class RuleWords {

    private final ReportTexts texts;

    RuleWords(ReportTexts texts) {
        this.texts = texts;
    }

    String of(Measure measure) {
        if (measure instanceof Measure.Count count) {
            return texts.pick("lukumäärä: ", "antal: ", "count of ")
                    + unit(count.unit())
                    + count.where().map(f -> where() + of(f)).orElse("");
        }
        if (measure instanceof Measure.DistinctCount count) {
            return texts.pick("eri ", "olika ", "distinct ")
                    + distinct(count.unit())
                    + count.where().map(f -> where() + of(f)).orElse("");
        }
        if (measure instanceof Measure.Sum sum) {
            return texts.pick("summa: ", "summa: ", "sum of ") + of(sum.quantity());
        }
        if (measure instanceof Measure.Summary summary) {
            boolean perEvent = summary.quantity() instanceof Quantity.Attendance;
            return statistic(summary.statistic()) + ": " + of(summary.quantity()) + " "
                    + (perEvent
                            ? texts.pick("tilaisuutta kohden", "per evenemang", "per event")
                            : texts.pick("vastausta kohden", "per svar", "per response"));
        }
        if (measure instanceof Measure.Proportion proportion) {
            return texts.pick("osuus: ", "andel: ", "share of ")
                    + of(proportion.quantity())
                    + texts.pick(", joissa ", " där ", " with ")
                    + of(proportion.numerator())
                    + proportion
                            .denominator()
                            .map(f -> texts.pick(", niistä joissa ", ", bland dem där ", ", among those with ") + of(f))
                            .orElse("");
        }
        if (measure instanceof Measure.Ratio ratio) {
            return ratio.numeratorIndicator() + " / " + ratio.denominatorIndicator();
        }
        Measure.PairedChange change = (Measure.PairedChange) measure;
        return texts.pick("muutos: ", "förändring: ", "change in ")
                + change.concept()
                + texts.pick(" kyselystä ", " från enkäten ", " from ")
                + change.baselineQuestionnaire()
                + texts.pick(" kyselyyn ", " till enkäten ", " to ")
                + change.followupQuestionnaire()
                + texts.pick(", henkilöittäin", ", per person", ", per person");
    }

    private String where() {
        return texts.pick(", joissa ", " där ", " where ");
    }

    private String of(Quantity quantity) {
        if (quantity instanceof Quantity.AnswerNumber answer) {
            return texts.pick("vastaukset kysymykseen ", "svaren på ", "answers to ") + answer.concept();
        }
        return quantity instanceof Quantity.Attendance
                ? texts.pick("osallistumiset", "deltaganden", "attendance")
                : texts.pick("vastaajat", "respondenter", "respondents");
    }

    private String of(Filter filter) {
        if (filter instanceof Filter.AnswerIn in) {
            return in.concept() + texts.pick(" on ", " är ", " in ") + in.values();
        }
        if (filter instanceof Filter.DimensionIn in) {
            return in.dimension().key() + texts.pick(" on ", " är ", " in ") + in.values();
        }
        Filter.AnswerBetween between = (Filter.AnswerBetween) filter;
        return between.concept()
                + between.min().map(min -> " ≥ " + min.toPlainString()).orElse("")
                + between.max().map(max -> " ≤ " + max.toPlainString()).orElse("");
    }

    private String unit(Measure.CountedUnit unit) {
        return switch (unit) {
            case EVENTS -> texts.pick("tilaisuudet", "evenemang", "events");
            case RESPONSES -> texts.pick("vastaukset", "svar", "responses");
            case COACHED_PARTICIPANTS -> texts.pick("valmennettavat", "coachade deltagare", "coached participants");
        };
    }

    private String distinct(Measure.DistinctUnit unit) {
        return switch (unit) {
            case ORGANISATIONS -> texts.pick("organisaatiot", "organisationer", "organisations");
            case PERSONS -> texts.pick("henkilöt", "personer", "persons");
            case NETWORKS -> texts.pick("alueelliset verkostot", "regionala nätverk", "regional networks");
        };
    }

    private String statistic(Measure.Statistic statistic) {
        return switch (statistic) {
            case MEAN -> texts.pick("keskiarvo", "medelvärde", "mean");
            case MEDIAN -> texts.pick("mediaani", "median", "median");
            case MIN -> texts.pick("pienin", "minsta", "minimum");
            case MAX -> texts.pick("suurin", "största", "maximum");
        };
    }
}
