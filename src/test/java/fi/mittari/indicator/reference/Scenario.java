package fi.mittari.indicator.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a generated scenario records, as staff would enter it: projects, organisations, events with their
 * participation rows, campaigns (surveys and sign-ins) with complete responses, and coached participants. Answers are
 * kept by question key, as the paper-form upload takes them; {@link Questionnaires} names their concepts.
 */
record Scenario(
        List<Project> projects,
        List<Organisation> organisations,
        List<Event> events,
        List<Campaign> campaigns,
        List<Response> responses,
        List<Coached> coached) {

    Scenario {
        projects = List.copyOf(projects);
        organisations = List.copyOf(organisations);
        events = List.copyOf(events);
        campaigns = List.copyOf(campaigns);
        responses = List.copyOf(responses);
        coached = List.copyOf(coached);
    }

    record Project(String code, LocalDate startsOn, LocalDate endsOn) {}

    record Organisation(String name, String sector) {}

    /** An event; {@code network} the code of the regional network that met at it, if any. */
    record Event(
            String code,
            String project,
            LocalDate startsOn,
            String type,
            String region,
            List<Row> rows,
            Optional<String> network) {

        Event inNetwork(Optional<String> code) {
            return new Event(this.code, project, startsOn, type, region, rows, code);
        }
    }

    /** A participation row: {@code organisation} may be absent. */
    record Row(String sector, String region, Optional<String> organisation, int participants) {}

    /** A survey or sign-in campaign of a project, tied to one of its events or to none. */
    record Campaign(String slug, String questionnaire, String project, Optional<String> event, boolean signIn) {}

    /** A complete response, sent at {@code sent}, with its answers by question key (multiple choices joined by ';'). */
    record Response(String campaign, Instant sent, Map<String, String> answers) {}

    record Coached(String project, String pseudonym, Optional<LocalDate> startedOn, Optional<LocalDate> endedOn) {}

    Project project(String code) {
        return projects.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    Campaign campaign(String slug) {
        return campaigns.stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
    }

    Optional<Event> event(String code) {
        return events.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** This scenario and {@code other} as one database holds them after both were loaded. */
    Scenario plus(Scenario other) {
        return new Scenario(
                concat(projects, other.projects),
                concat(organisations, other.organisations),
                concat(events, other.events),
                concat(campaigns, other.campaigns),
                concat(responses, other.responses),
                concat(coached, other.coached));
    }

    static Scenario empty() {
        return new Scenario(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
