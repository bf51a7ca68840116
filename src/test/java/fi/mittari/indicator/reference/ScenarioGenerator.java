package fi.mittari.indicator.reference;

import fi.mittari.indicator.reference.Scenario.Campaign;
import fi.mittari.indicator.reference.Scenario.Coached;
import fi.mittari.indicator.reference.Scenario.Event;
import fi.mittari.indicator.reference.Scenario.Organisation;
import fi.mittari.indicator.reference.Scenario.Project;
import fi.mittari.indicator.reference.Scenario.Response;
import fi.mittari.indicator.reference.Scenario.Row;
import fi.mittari.support.TimeZones;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A seeded scenario for two projects over a year that starts on {@code firstDay}: events on and beside the edges of the
 * period and its months, some with nothing recorded, some with a row of 0, many with small counts; sign-ins; impact,
 * feedback, baseline and follow-up responses sent close to midnight in Finland; pseudonyms in mixed case, some lost
 * and some new at follow-up; coached participants with and without dates. Codes carry {@code tag}, so several
 * scenarios can live in one database.
 */
final class ScenarioGenerator {

    static final ZoneId HELSINKI = TimeZones.HELSINKI;
    static final List<String> SECTORS = List.of("third_sector", "kela", "te_services", "company", "education");
    static final List<String> REGIONS = List.of("uusimaa", "lappi", "kainuu", "pirkanmaa");
    static final List<String> TYPES = List.of("network_meeting", "training", "workshop", "fair");
    private static final List<String> STATUSES =
            List.of("open_labour_market", "wage_subsidised", "education", "still_seeking");
    private static final List<String> GOALS =
            List.of("open_labour_market", "wage_subsidised", "education", "work_trial");

    private final Random random;
    /**
     * Draws what was added to the scenarios later (networks, follow-ups on the edge of the outcome window), so that a
     * seed still gives the records it gave before, and a pinned seed still finds what it was pinned for.
     */
    private final Random later;

    private final String tag;
    private final LocalDate firstDay;
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Campaign> campaigns = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();
    private final List<Coached> coached = new ArrayList<>();

    ScenarioGenerator(long seed, String tag, LocalDate firstDay) {
        this.random = new Random(seed);
        this.later = new Random(~seed);
        this.tag = tag;
        this.firstDay = firstDay;
    }

    Scenario generate() {
        Project a = new Project(tag + "-a", firstDay, firstDay.plusYears(1).minusDays(1));
        Project b = new Project(
                tag + "-b", firstDay.minusMonths(2), firstDay.plusMonths(10).minusDays(1));
        for (int i = 0; i < 6; i++) {
            organisations.add(new Organisation(tag + " org " + i, pick(SECTORS)));
        }
        for (Project project : List.of(a, b)) {
            int count = project == a ? 14 + random.nextInt(8) : 6 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                events.add(event(project, i));
            }
            signIns(project);
            surveys(project, project == a ? 12 + random.nextInt(30) : 3 + random.nextInt(6));
            coaching(project, project == a ? 8 + random.nextInt(18) : 2 + random.nextInt(4));
        }
        List<Event> networked = events.stream().map(this::network).toList();
        followUpsOnWindowEdges();
        return new Scenario(List.of(a, b), organisations, networked, campaigns, responses, coached);
    }

    /**
     * Half the events are meetings of one of three regional networks, shared by both projects, so that a network meets
     * in several regions, months and projects and counts once in each.
     */
    private Event network(Event event) {
        return later.nextBoolean() ? event.inNetwork(Optional.of(tag + "-n" + later.nextInt(3))) : event;
    }

    /**
     * Follow-ups sent on the last day of a coached participant's outcome window (MITTARI_FOLLOW_UP_MONTHS after coaching
     * ended) and on the day after, near midnight in Finland: the window is of days in Finland, not of instants.
     */
    private void followUpsOnWindowEdges() {
        for (Coached participant : List.copyOf(coached)) {
            if (participant.endedOn().isEmpty() || later.nextDouble() >= 0.3) {
                continue;
            }
            LocalDate day = participant
                    .endedOn()
                    .get()
                    .plusMonths(ScopeRecords.FOLLOW_UP_MONTHS)
                    .plusDays(later.nextInt(2));
            Map<String, String> answers = followup(participant.pseudonym(), day, later);
            ZonedDateTime sent = day.atTime(later.nextBoolean() ? LocalTime.of(0, 20) : LocalTime.of(23, 50))
                    .atZone(HELSINKI);
            responses.add(new Response(participant.project() + "-followup", sent.toInstant(), answers));
        }
    }

    private Event event(Project project, int i) {
        String code = project.code() + "-e" + i;
        double shape = random.nextDouble();
        List<Row> rows = new ArrayList<>();
        if (shape < 0.12) {
            // nothing recorded
        } else if (shape < 0.22) {
            rows.add(new Row(pick(SECTORS), pick(REGIONS), Optional.empty(), 0));
        } else {
            int n = 1 + random.nextInt(4);
            for (int r = 0; r < n; r++) {
                Optional<String> organisation = random.nextDouble() < 0.6
                        ? Optional.of(organisations
                                .get(random.nextInt(organisations.size()))
                                .name())
                        : Optional.empty();
                int participants = random.nextDouble() < 0.4 ? 1 + random.nextInt(4) : random.nextInt(31);
                rows.add(new Row(pick(SECTORS), pick(REGIONS), organisation, participants));
            }
        }
        return new Event(code, project.code(), edgeDay(project), pick(TYPES), pick(REGIONS), rows, Optional.empty());
    }

    /** Days on and beside the period's ends and month ends, else any day of the period. */
    private LocalDate edgeDay(Project project) {
        LocalDate from = project.startsOn();
        LocalDate to = project.endsOn();
        LocalDate monthEnd =
                from.plusMonths(random.nextInt(12)).withDayOfMonth(1).minusDays(1);
        List<LocalDate> edges =
                List.of(from, from.minusDays(1), to, to.plusDays(1), monthEnd, monthEnd.plusDays(1), from.plusDays(45));
        return random.nextDouble() < 0.5
                ? edges.get(random.nextInt(edges.size()))
                : from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay() + 1)));
    }

    private void signIns(Project project) {
        List<Event> own =
                events.stream().filter(e -> e.project().equals(project.code())).toList();
        for (int i = 0; i < 3; i++) {
            Event event = own.get(random.nextInt(own.size()));
            String slug = event.code() + "-in" + i;
            if (campaigns.stream().anyMatch(c -> c.event().equals(Optional.of(event.code())))) {
                continue;
            }
            campaigns.add(new Campaign(slug, Questionnaires.SIGN_IN, project.code(), Optional.of(event.code()), true));
            int n = random.nextInt(7);
            for (int r = 0; r < n; r++) {
                responses.add(new Response(slug, sentAround(event.startsOn()).toInstant(), feedback(event.startsOn())));
            }
        }
    }

    private void surveys(Project project, int impactCount) {
        String impact = project.code() + "-impact";
        campaigns.add(new Campaign(impact, Questionnaires.IMPACT, project.code(), Optional.empty(), false));
        for (int i = 0; i < impactCount; i++) {
            Map<String, String> answers = new LinkedHashMap<>();
            String partners = pick(List.of("yes", "yes", "no", "unsure"));
            answers.put("new_partners", partners);
            if (partners.equals("yes") && random.nextBoolean()) {
                answers.put("partner_activities", "joint_services;smaller_networks");
            }
            answers.put("topical_knowledge", pick(List.of("yes", "partly", "no")));
            answers.put("employment_knowledge", pick(List.of("yes", "partly", "no")));
            answers.put("region", pick(REGIONS));
            answers.put("organisation_type", pick(SECTORS));
            responses.add(new Response(impact, sentAround(dayIn(project)).toInstant(), answers));
        }
        Event event = events.stream()
                .filter(e -> e.project().equals(project.code()))
                .findFirst()
                .orElseThrow();
        String feedback = project.code() + "-feedback";
        campaigns.add(new Campaign(feedback, Questionnaires.SIGN_IN, project.code(), Optional.of(event.code()), false));
        int n = 4 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            responses.add(new Response(feedback, sentAround(dayIn(project)).toInstant(), feedback(dayIn(project))));
        }
    }

    private Map<String, String> feedback(LocalDate day) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("region", pick(REGIONS));
        answers.put("sector", pick(SECTORS));
        answers.put("satisfaction", Integer.toString(1 + random.nextInt(5)));
        return answers;
    }

    private void coaching(Project project, int persons) {
        String baseline = project.code() + "-baseline";
        String followup = project.code() + "-followup";
        campaigns.add(new Campaign(baseline, Questionnaires.BASELINE, project.code(), Optional.empty(), false));
        campaigns.add(new Campaign(followup, Questionnaires.FOLLOWUP, project.code(), Optional.empty(), false));
        for (int p = 0; p < persons + 3; p++) {
            String pseudonym = "tk-" + p;
            boolean hasBaseline = p < persons;
            boolean hasFollowup = p >= persons || random.nextDouble() < 0.8;
            LocalDate start = dayIn(project);
            if (hasBaseline) {
                int times = random.nextDouble() < 0.2 ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    responses.add(new Response(
                            baseline, sentAround(start.plusDays(t * 20L)).toInstant(), baseline(pseudonym, start)));
                }
                coached.add(new Coached(
                        project.code(),
                        casing(pseudonym),
                        optionalDay(start),
                        optionalDay(start.plusDays(random.nextInt(300)))));
            }
            if (hasFollowup) {
                int times = random.nextDouble() < 0.2 ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    LocalDate day = start.plusDays(30 + random.nextInt(200) + t * 15L);
                    responses.add(new Response(
                            followup, sentAround(day).toInstant(), followup(casing(pseudonym), day, random)));
                }
            }
        }
    }

    private Map<String, String> baseline(String pseudonym, LocalDate start) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("consent", "accepted");
        answers.put("participant_code", casing(pseudonym));
        answers.put("start_date", start.toString());
        answers.put("situation", pick(List.of("jobseeker", "rehabilitation", "studying")));
        answers.put("work_ability", Integer.toString(random.nextInt(11)));
        if (random.nextBoolean()) {
            String goal = pick(GOALS);
            answers.put("goals", goal + (random.nextBoolean() && !goal.equals("work_trial") ? ";work_trial" : ""));
        }
        return answers;
    }

    /** A follow-up of {@code pseudonym} as written, its answers drawn from {@code draw}. */
    private static Map<String, String> followup(String pseudonym, LocalDate day, Random draw) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("consent", "accepted");
        answers.put("participant_code", pseudonym);
        answers.put("followup_date", day.toString());
        String status = pick(STATUSES, draw);
        answers.put("employment_status", status);
        if (status.equals("open_labour_market") || status.equals("wage_subsidised")) {
            answers.put("hours_per_week", "37.5");
        }
        answers.put("work_ability", Integer.toString(draw.nextInt(11)));
        answers.put("coaching_helped", draw.nextBoolean() ? "yes" : "no");
        return answers;
    }

    private Optional<LocalDate> optionalDay(LocalDate day) {
        return random.nextDouble() < 0.2 ? Optional.empty() : Optional.of(day);
    }

    private String casing(String pseudonym) {
        double r = random.nextDouble();
        return r < 0.4 ? pseudonym.toUpperCase(Locale.ROOT) : r < 0.8 ? pseudonym : "Tk-" + pseudonym.substring(3);
    }

    /** A moment close to midnight in Finland (or at noon), on {@code day}. */
    private java.time.ZonedDateTime sentAround(LocalDate day) {
        LocalTime time = pick(List.of(LocalTime.of(0, 20), LocalTime.of(23, 50), LocalTime.of(1, 30), LocalTime.NOON));
        return day.atTime(time).atZone(HELSINKI);
    }

    private LocalDate dayIn(Project project) {
        return project.startsOn().plusDays(random.nextInt(400) - 20L);
    }

    private <T> T pick(List<T> values) {
        return pick(values, random);
    }

    private static <T> T pick(List<T> values, Random draw) {
        return values.get(draw.nextInt(values.size()));
    }
}
