package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.IndicatorDefinition;

/** One disagreement between the reference and a published figure (or a hidden figure a shown one gives back). */
record Mismatch(
        String scope,
        IndicatorDefinition definition,
        String breakdown,
        String group,
        String field,
        String expected,
        String actual) {

    @Override
    public String toString() {
        return scope + " " + definition.code() + " [" + breakdown + "=" + group + "] " + field + ": expected "
                + expected + ", actual " + actual;
    }
}
