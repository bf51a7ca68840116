package fi.mittari.report;

import java.util.List;

/** How the respondents who answered one question ({@code answered}, the denominator) chose. */
public record ChoiceDistribution(String questionKey, String questionLabel, long answered, List<ChoiceFigure> choices) {

    public ChoiceDistribution {
        choices = List.copyOf(choices);
    }
}
