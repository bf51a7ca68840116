package fi.mittari.context;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an uploaded sheet would store, checked against the data as it is now: new events, or participation rows with
 * the imported rows they replace; or, when {@code problems} is not empty, nothing at all.
 */
public sealed interface ImportPlan {

    List<ImportProblem> problems();

    default boolean storable() {
        return problems().isEmpty();
    }

    /** Rows the sheet held below its header. */
    int sheetRows();

    /**
     * Everything the plan would write or remove, hashed: the same plan checked twice has the same fingerprint, and a
     * plan whose stored data changed in between (an event, organisation or earlier import) has another.
     */
    String fingerprint();

    /** New events, each with the id of its project. */
    record Events(List<Event> events, int sheetRows, List<ImportProblem> problems) implements ImportPlan {

        public Events {
            events = List.copyOf(events);
            problems = List.copyOf(problems);
        }

        @Override
        public String fingerprint() {
            return hash(Stream.concat(
                    events.stream()
                            .map(e -> String.join(
                                    "|",
                                    e.code(),
                                    String.valueOf(e.projectId()),
                                    e.name(),
                                    e.startsOn().toString(),
                                    e.endsOn().toString(),
                                    String.valueOf(e.regionCode()),
                                    e.eventType(),
                                    String.valueOf(e.theme()),
                                    String.valueOf(e.networkCode()))),
                    problems.stream().map(ImportPlan::line)));
        }
    }

    /** New participation rows, and the imported rows of the same events that they replace. */
    record Participations(
            List<Participation> rows, List<Participation> replaced, int sheetRows, List<ImportProblem> problems)
            implements ImportPlan {

        public Participations {
            rows = List.copyOf(rows);
            replaced = List.copyOf(replaced);
            problems = List.copyOf(problems);
        }

        public long events() {
            return rows.stream().mapToLong(Participation::eventId).distinct().count();
        }

        @Override
        public String fingerprint() {
            return hash(Stream.of(
                            rows.stream().map(p -> "+" + row(p)),
                            replaced.stream().map(p -> "-" + p.id() + "|" + row(p)),
                            problems.stream().map(ImportPlan::line))
                    .flatMap(s -> s));
        }

        private static String row(Participation p) {
            return String.join(
                    "|",
                    String.valueOf(p.eventId()),
                    String.valueOf(p.sectorCode()),
                    String.valueOf(p.regionCode()),
                    String.valueOf(p.organisationId()),
                    String.valueOf(p.participants()));
        }
    }

    private static String line(ImportProblem problem) {
        return "!" + problem.row() + "|" + problem.column() + "|" + problem.message();
    }

    private static String hash(Stream<String> lines) {
        return fi.mittari.Sha256.hex(lines.collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8));
    }
}
