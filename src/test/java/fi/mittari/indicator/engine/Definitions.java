package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Population;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import java.util.List;

/** Indicator definitions for tests, built as records (the YAML reader is another feature's). */
public final class Definitions {

    private Definitions() {}

    public static IndicatorDefinition define(String code, int decimals, Measure measure, Breakdown... breakdowns) {
        return define(code, decimals, measure, Population.everything(), breakdowns);
    }

    /** The same definition with basis {@code sample}: a survey of some of those it speaks about, given intervals. */
    public static IndicatorDefinition sampled(IndicatorDefinition definition) {
        return new IndicatorDefinition(
                definition.code(),
                definition.name(),
                definition.definition(),
                definition.unit(),
                definition.decimals(),
                DataBasis.SAMPLE,
                definition.measure(),
                definition.population(),
                definition.breakdowns(),
                definition.targets(),
                definition.sourceName());
    }

    public static IndicatorDefinition define(
            String code, int decimals, Measure measure, Population population, Breakdown... breakdowns) {
        LocalizedText text = LocalizedText.of(Language.FI, code);
        return new IndicatorDefinition(
                code,
                text,
                text,
                text,
                decimals,
                DataBasis.COLLECTED,
                measure,
                population,
                List.of(breakdowns),
                List.of(),
                "test:" + code);
    }
}
