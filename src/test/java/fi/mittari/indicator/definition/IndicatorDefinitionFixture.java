package fi.mittari.indicator.definition;

/** Definition files for tests: one valid indicator whose measure (and extra lines) a test chooses. */
final class IndicatorDefinitionFixture {

    private IndicatorDefinitionFixture() {}

    /**
     * A file with one indicator {@code code}; {@code measureLines} are indented under {@code measure:} (line 8), and
     * {@code extraLines} follow as further properties of the indicator (from line 8 + measure lines).
     */
    static String indicator(String code, String measureLines, String extraLines) {
        return """
                indicators:
                  - code: %s
                    name: {fi: Nimi, sv: Namn, en: Name}
                    definition: {fi: Määritelmä, sv: Definition, en: Definition}
                    unit: {fi: kpl, sv: st, en: pcs}
                    decimals: 0
                    basis: collected
                    measure:
                %s%s"""
                .formatted(code, indent(measureLines, 6), indent(extraLines, 4));
    }

    static String withMeasure(String measureLines) {
        return indicator("some_indicator", measureLines, "");
    }

    private static String indent(String lines, int spaces) {
        if (lines.isEmpty()) {
            return "";
        }
        return lines.lines().map(line -> " ".repeat(spaces) + line + "\n").reduce("", String::concat);
    }
}
