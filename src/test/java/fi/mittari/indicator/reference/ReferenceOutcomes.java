package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.reference.Unit.Answered;
import fi.mittari.indicator.reference.Unit.CoachedUnit;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Coached participants counted by what became of them (docs/indicators.md, "Coached participants and the employed"):
 * each one's last answer to the condition's concept in a survey of their project, under their pseudonym, sent on a day
 * (in Finland) from the day coaching started until {@link ScopeRecords#FOLLOW_UP_MONTHS} months after the day it ended
 * (no end: until today), in the population's questionnaires; counted when that answer meets the condition.
 */
final class ReferenceOutcomes {

    private final ScopeRecords records;

    ReferenceOutcomes(ScopeRecords records) {
        this.records = records;
    }

    /** The coached participants of the scope whose outcome meets {@code condition}, each with that follow-up. */
    List<CoachedUnit> meeting(Population population, Filter condition) {
        List<Answered> answers = records.surveyResponses(population).stream()
                .filter(r -> Conditions.known(condition, r))
                .toList();
        return records.coached().stream()
                .flatMap(unit ->
                        last(unit, answers)
                                .filter(r -> Conditions.matches(condition, r))
                                .map(unit::withOutcome)
                                .stream())
                .toList();
    }

    /** The last of {@code answers} given by the participant within their window, by the moment it was sent. */
    private static Optional<Answered> last(CoachedUnit unit, List<Answered> answers) {
        Scenario.Coached coached = unit.coached();
        Optional<String> person =
                Optional.of(coached.project() + "|" + coached.pseudonym().trim().toUpperCase(Locale.ROOT));
        Optional<LocalDate> lastDay = coached.endedOn().map(end -> end.plusMonths(ScopeRecords.FOLLOW_UP_MONTHS));
        return answers.stream()
                .filter(r -> r.project().equals(coached.project()) && r.person().equals(person))
                .filter(r -> coached.startedOn()
                        .map(start -> !r.day().isBefore(start))
                        .orElse(true))
                .filter(r -> lastDay.map(day -> !r.day().isAfter(day)).orElse(true))
                .max(Comparator.comparing(Answered::sent).thenComparingLong(Answered::id));
    }
}
