package fi.mittari.report;

import java.util.List;

/** How the respondents who answered one question chose; {@code answered} is the denominator of every share. */
public record ChoiceDistribution(String questionKey, String questionLabel, long answered, List<ChoiceFigure> choices) {

    public ChoiceDistribution {
        choices = List.copyOf(choices);
    }
}
