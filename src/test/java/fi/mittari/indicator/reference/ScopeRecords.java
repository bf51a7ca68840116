package fi.mittari.indicator.reference;

import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.reference.Scenario.Campaign;
import fi.mittari.indicator.reference.Scenario.Event;
import fi.mittari.indicator.reference.Scenario.Response;
import fi.mittari.indicator.reference.Unit.Answered;
import fi.mittari.indicator.reference.Unit.Attendance;
import fi.mittari.indicator.reference.Unit.CoachedUnit;
import fi.mittari.indicator.reference.Unit.EventUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records of one scope by "Scopes and periods" and "What is counted" of docs/indicators.md, read from the
 * scenario in plain Java: events by the day they start, responses by the day they were sent in the default zone,
 * coached participants whose coaching overlaps the period, attendance as participation rows plus sign-ins.
 */
final class ScopeRecords {

    /** MITTARI_FOLLOW_UP_MONTHS as the tests run: how long after coaching ended a follow-up still tells its outcome. */
    static final int FOLLOW_UP_MONTHS = 6;

    private static final Set<String> NUMBER_CONCEPTS = Set.of("outcome.work_ability", "outcome.event_satisfaction");

    private final Scenario scenario;
    private final Optional<String> project;
    private final LocalDate from;
    private final LocalDate to;
    private final Set<KnownGap> gaps;
    private final Map<Population, List<Attendance>> attendance = new HashMap<>();
    private final Map<Population, List<Answered>> responses = new HashMap<>();

    ScopeRecords(Scenario scenario, Optional<String> project, LocalDate from, LocalDate to, Set<KnownGap> gaps) {
        this.scenario = scenario;
        this.project = project;
        this.from = from;
        this.to = to;
        this.gaps = gaps;
    }

    List<EventUnit> events(Population population) {
        return scenario.events().stream()
                .filter(this::inScope)
                .filter(e -> population.eventTypes().isEmpty()
                        || population.eventTypes().contains(e.type()))
                .map(EventUnit::new)
                .toList();
    }

    /** Every participation row (a row of 0 records 0) and every complete sign-in of the scope's events. */
    List<Attendance> attendance(Population population) {
        return attendance.computeIfAbsent(population, this::readAttendance);
    }

    /** Complete survey responses sent in the period, of the population's questionnaires. */
    List<Answered> responses(Population population) {
        return responses.computeIfAbsent(population, this::readResponses);
    }

    private List<Attendance> readAttendance(Population population) {
        List<Attendance> units = new ArrayList<>();
        for (EventUnit unit : events(population)) {
            Event event = unit.event();
            for (Scenario.Row row : event.rows()) {
                String region = gaps.contains(KnownGap.PARTICIPATION_REGION_IGNORED) ? event.region() : row.region();
                units.add(new Attendance(event, row.sector(), region, row.participants(), row.organisation()));
            }
            for (Campaign campaign : scenario.campaigns()) {
                if (campaign.signIn() && campaign.event().equals(Optional.of(event.code()))) {
                    scenario.responses().stream()
                            .filter(r -> r.campaign().equals(campaign.slug()))
                            .forEach(r -> units.add(new Attendance(event, null, event.region(), 1, Optional.empty())));
                }
            }
        }
        return units;
    }

    private List<Answered> readResponses(Population population) {
        return surveyResponses(population).stream()
                .filter(r -> project.map(r.project()::equals).orElse(true))
                .filter(r -> !r.day().isBefore(from) && !r.day().isAfter(to))
                .toList();
    }

    /** Every complete survey response of the population's questionnaires, whatever its day or project. */
    List<Answered> surveyResponses(Population population) {
        List<Answered> units = new ArrayList<>();
        List<Response> all = scenario.responses();
        for (int i = 0; i < all.size(); i++) {
            Response response = all.get(i);
            Campaign campaign = scenario.campaign(response.campaign());
            if (!campaign.signIn()
                    && (population.questionnaires().isEmpty()
                            || population.questionnaires().contains(campaign.questionnaire()))) {
                units.add(answered(
                        i, response, campaign, response.sent().atZone(zone()).toLocalDate()));
            }
        }
        return units;
    }

    List<CoachedUnit> coached() {
        return scenario.coached().stream()
                .filter(c -> project.map(c.project()::equals).orElse(true))
                .filter(c -> c.startedOn().map(d -> !d.isAfter(to)).orElse(true))
                .filter(c -> c.endedOn().map(d -> !d.isBefore(from)).orElse(true))
                .map(CoachedUnit::new)
                .toList();
    }

    private Answered answered(long id, Response response, Campaign campaign, LocalDate day) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        Optional<String> person = Optional.empty();
        Optional<String> pairedAs = Optional.empty();
        for (Map.Entry<String, String> answer : response.answers().entrySet()) {
            Optional<String> concept = Questionnaires.conceptOf(campaign.questionnaire(), answer.getKey());
            if (concept.isEmpty() || answer.getValue().isEmpty()) {
                continue;
            }
            if (concept.get().equals("id.participant")) {
                person = Optional.of(campaign.project() + "|" + pseudonym(answer.getValue()));
                pairedAs = gaps.contains(KnownGap.PAIRING_CASE_SENSITIVE)
                        ? Optional.of(campaign.project() + "|" + answer.getValue())
                        : person;
            } else if (NUMBER_CONCEPTS.contains(concept.get())) {
                numbers.put(concept.get(), new BigDecimal(answer.getValue()));
            } else {
                choices.put(
                        concept.get(),
                        Arrays.stream(answer.getValue().split(";")).distinct().toList());
            }
        }
        return new Answered(
                id,
                response.sent(),
                campaign.questionnaire(),
                campaign.project(),
                campaign.event().flatMap(scenario::event),
                day,
                choices,
                numbers,
                person,
                pairedAs);
    }

    /** Persons: compared without regard to letter case or surrounding spaces. */
    private String pseudonym(String written) {
        return gaps.contains(KnownGap.PSEUDONYM_CASE_SENSITIVE_ON_H2)
                ? written
                : written.trim().toUpperCase(Locale.ROOT);
    }

    private ZoneId zone() {
        return gaps.contains(KnownGap.RESPONSE_DAY_IN_SERVER_ZONE)
                ? ZoneId.systemDefault()
                : ScenarioGenerator.HELSINKI;
    }

    private boolean inScope(Event event) {
        return project.map(event.project()::equals).orElse(true)
                && !event.startsOn().isBefore(from)
                && !event.startsOn().isAfter(to);
    }
}
