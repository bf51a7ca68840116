package fi.mittari.report.content;

import java.util.List;

/**
 * How the figures were made: each indicator's plain-language definition and exact rule, the interval method, the
 * suppression rule, and what changed since the previous report of the same definition.
 */
public record Method(
        List<IndicatorMethod> indicators,
        String intervalMethod,
        String suppressionRule,
        List<String> changesSincePrevious) {

    public Method {
        indicators = List.copyOf(indicators);
        changesSincePrevious = List.copyOf(changesSincePrevious);
    }

    /** @param rule the exact rule in words generated from the definition (measure, population, filters) */
    public record IndicatorMethod(
            String code, String name, String definition, String rule, String basisLabel, String source) {}
}
