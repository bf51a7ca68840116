package fi.mittari.results;

import java.util.Optional;
import java.util.OptionalDouble;

/** One row of a result table: a value, its label, its count and its share of the base (each empty when hidden). */
public record ResultRow(String value, String label, Optional<Long> count, OptionalDouble share) {}
