package fi.mittari.questionnaire.builder;

import java.util.Map;

/** The words of {@link ProblemWording}: what an argument that names a type, a kind of node or a language is called. */
final class ProblemWords {

    private ProblemWords() {}

    /** Phrases of the checker and the reader that name a type, a kind of YAML node or a language. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("a true/false value", "type.boolean"),
            Map.entry("a number", "type.number"),
            Map.entry("a text", "type.text"),
            Map.entry("a date", "type.date"),
            Map.entry("a single-choice answer", "type.choice"),
            Map.entry("a multiple-choice answer", "type.choices"),
            Map.entry("true/false values", "type.booleans"),
            Map.entry("numbers", "type.numbers"),
            Map.entry("texts", "type.texts"),
            Map.entry("dates", "type.dates"),
            Map.entry("a time of day", "type.time"),
            Map.entry("a date and time", "type.datetime"),
            Map.entry("times of day", "type.times"),
            Map.entry("dates and times", "type.datetimes"),
            Map.entry("a mapping", "node.mapping"),
            Map.entry("a list", "node.list"),
            Map.entry("a single value", "node.scalar"),
            Map.entry("nothing", "node.nothing"),
            Map.entry("Finnish", "language.fi"),
            Map.entry("Swedish", "language.sv"),
            Map.entry("English", "language.en"),
            Map.entry("the end of the expression", "end"),
            Map.entry("a question", "question.any"),
            Map.entry("a text question", "question.text"),
            Map.entry("a multiple-choice question", "question.choices"),
            Map.entry("a single- or multiple-choice question", "question.choice"),
            Map.entry("'[' to start the list of values", "listStart"));
}
