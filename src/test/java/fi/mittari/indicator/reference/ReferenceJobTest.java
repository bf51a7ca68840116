package fi.mittari.indicator.reference;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.engine.TestIndicatorCatalog;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Random scenarios entered through the staff API, the real aggregateIndicators job run for three scopes, and every
 * published row compared with {@link ReferenceFigures}, written from docs/indicators.md in plain Java, plus the
 * check that no hidden count of persons can be worked back ({@link LeakCheck}). The build runs pinned seeds; {@code
 * -Dmittari.reference.seed=random} draws new ones (printed), {@code -Dmittari.reference.seed=1,2,3} replays them. Rules the engine does not follow yet are {@link KnownGap}s.
 */
@MicronautTest(transactional = false)
@Property(name = "test.indicators", value = "catalog")
// a run of the job over a scenario takes seconds, more on a loaded machine: the client's default 10 s is not a limit
// of the application under test
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class ReferenceJobTest {

    private static final int SEEDS = 2;
    /**
     * Seeds that each found a disagreement once, settled in docs/indicators.md ("How the rules are checked"): a median
     * of 0.5 persons (3917053738, first so that its all-projects scope holds its own records only); 0 persons over 0
     * coached and the outcome window's days (4201217676).
     */
    private static final String PINNED_SEEDS = "3917053738,4201217676";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestIndicatorCatalog catalog;

    @Test
    void everyPublishedFigureIsTheReferenceFigureAndNoHiddenCountCanBeWorkedBack() {
        List<Long> seeds = seeds();
        System.out.println("ReferenceJobTest seeds: -Dmittari.reference.seed="
                + seeds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        List<IndicatorDefinition> definitions = ReferenceDefinitions.all();
        catalog.set(definitions);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        Scenario loaded = Scenario.empty();
        List<ScopeRun> runs = new ArrayList<>();
        for (long seed : seeds) {
            Scenario scenario = new ScenarioGenerator(seed, tag(seed), firstDay(seed)).generate();
            long started = System.nanoTime();
            new ScenarioLoader(staff).load(scenario);
            long loadedAt = System.nanoTime();
            loaded = loaded.plus(scenario);
            for (Scope scope : Scope.of(seed, scenario)) {
                var run = staff.runJob("aggregateIndicators", scope.jobParameters());
                assertThat(run).as("run for " + scope).containsEntry("status", "COMPLETED");
                runs.add(new ScopeRun(scope, loaded, published(staff, scope)));
            }
            System.out.printf(
                    "ReferenceJobTest seed %d: loaded in %d ms, three runs in %d ms%n",
                    seed, (loadedAt - started) / 1_000_000, (System.nanoTime() - loadedAt) / 1_000_000);
        }
        Set<KnownGap> known = KnownGap.known();
        List<Mismatch> unexplained = unexplained(runs, definitions, known);
        System.out.println(gapReport(runs, definitions, known));
        assertThat(unexplained)
                .as("published figures that differ from the rules (seeds " + seeds + "):\n"
                        + unexplained.stream().map(Mismatch::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Disagreements no known gap explains, with the reference following the known gaps it follows. */
    private static List<Mismatch> unexplained(
            List<ScopeRun> runs, List<IndicatorDefinition> definitions, Set<KnownGap> known) {
        return mismatches(runs, definitions, known).stream()
                .filter(m -> known.stream().noneMatch(gap -> gap.explains(m)))
                .toList();
    }

    private static List<Mismatch> mismatches(
            List<ScopeRun> runs, List<IndicatorDefinition> definitions, Set<KnownGap> gaps) {
        List<Mismatch> all = new ArrayList<>();
        for (ScopeRun run : runs) {
            Scope scope = run.scope();
            var records = new ScopeRecords(run.scenario(), scope.project(), scope.from(), scope.to(), gaps);
            Map<String, List<Expected>> expected = new ReferenceFigures(records).all(definitions);
            all.addAll(new Comparison(scope.toString()).compare(definitions, expected, run.published()));
            all.addAll(new LeakCheck(scope.toString()).check(definitions, expected, run.published()));
        }
        return all;
    }

    /** How many disagreements each known gap accounts for on this run: its rule's distance from the engine. */
    private static String gapReport(List<ScopeRun> runs, List<IndicatorDefinition> definitions, Set<KnownGap> known) {
        StringBuilder report = new StringBuilder("ReferenceJobTest known gaps (disagreements each accounts for):");
        List<Mismatch> withGaps = mismatches(runs, definitions, known);
        for (KnownGap gap : known) {
            long count;
            if (gap.followedByReference()) {
                Set<KnownGap> without = EnumSet.copyOf(known);
                without.remove(gap);
                count = mismatches(runs, definitions, without).stream()
                        .filter(m -> without.stream().noneMatch(g -> g.explains(m)))
                        .count();
            } else {
                count = withGaps.stream().filter(gap::explains).count();
            }
            report.append("\n  ").append(gap).append(": ").append(count);
        }
        return report.toString();
    }

    private static List<Published> published(StaffApi staff, Scope scope) {
        var response = staff.get("/api/indicators/results?" + scope.query());
        assertThat(response.code()).as("results of " + scope).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values =
                (List<Map<String, Object>>) response.body().get("values");
        return values.stream().map(Published::new).toList();
    }

    private static List<Long> seeds() {
        // the build runs seeds whose disagreements are all understood; -Dmittari.reference.seed=random explores new
        // ones
        String pinned = System.getProperty("mittari.reference.seed", PINNED_SEEDS);
        if (!pinned.equalsIgnoreCase("random")) {
            return Arrays.stream(pinned.split(","))
                    .map(String::trim)
                    .map(Long::valueOf)
                    .toList();
        }
        Random random = new Random();
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < SEEDS; i++) {
            seeds.add(random.nextLong() & 0xFFFF_FFFFL);
        }
        return seeds;
    }

    private static String tag(long seed) {
        return "r" + Long.toString(seed, 36);
    }

    /** A first day in 2021–2023, so that every response lies in the past whenever the test runs. */
    private static LocalDate firstDay(long seed) {
        return LocalDate.of(2021 + (int) Math.floorMod(seed, 3L), 1 + (int) Math.floorMod(seed / 3, 12L), 1);
    }

    private record ScopeRun(Scope scope, Scenario scenario, List<Published> published) {}

    /** A project over its own period, all projects over the same period, or a project over a calendar year. */
    private record Scope(Optional<String> project, LocalDate from, LocalDate to, boolean ownPeriod) {

        static List<Scope> of(long seed, Scenario scenario) {
            Scenario.Project a = scenario.projects().get(0);
            Scenario.Project b = scenario.projects().get(1);
            LocalDate year = b.startsOn().withDayOfYear(1);
            return List.of(
                    new Scope(Optional.of(a.code()), a.startsOn(), a.endsOn(), true),
                    new Scope(Optional.empty(), a.startsOn(), a.endsOn(), false),
                    new Scope(Optional.of(b.code()), year, year.plusYears(1).minusDays(1), false));
        }

        Map<String, Object> jobParameters() {
            Map<String, Object> parameters = new HashMap<>();
            project.ifPresent(p -> parameters.put("project", p));
            if (!ownPeriod) {
                parameters.put("from", from.toString());
                parameters.put("to", to.toString());
            }
            return parameters;
        }

        String query() {
            return project.map(p -> "project=" + p + (ownPeriod ? "" : "&")).orElse("")
                    + (ownPeriod ? "" : "from=" + from + "&to=" + to);
        }

        @Override
        public String toString() {
            return project.orElse("*") + " " + from + ".." + to;
        }
    }
}
