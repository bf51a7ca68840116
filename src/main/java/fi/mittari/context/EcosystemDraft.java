package fi.mittari.context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ecosystem as typed in a form or an API request, before it is checked: dates as text, projects and the region as
 * codes (one of the two: projects, or a region). {@link #check} says what is wrong with it, field by field, or makes
 * the ecosystem.
 */
public record EcosystemDraft(
        String code,
        String nameFi,
        String nameSv,
        String nameEn,
        String startsOn,
        String endsOn,
        List<String> projects,
        String region) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,40}");
    private static final int NAME_LENGTH = 255;

    public EcosystemDraft {
        code = strip(code);
        nameFi = strip(nameFi);
        nameSv = strip(nameSv);
        nameEn = strip(nameEn);
        startsOn = strip(startsOn);
        endsOn = strip(endsOn);
        region = strip(region);
        projects = projects == null
                ? List.of()
                : projects.stream()
                        .map(EcosystemDraft::strip)
                        .filter(p -> !p.isEmpty())
                        .distinct()
                        .toList();
    }

    public static EcosystemDraft of(Ecosystem ecosystem) {
        return new EcosystemDraft(
                ecosystem.code(),
                ecosystem.nameFi(),
                ecosystem.nameSv(),
                ecosystem.nameEn(),
                ecosystem.startsOn().map(LocalDate::toString).orElse(""),
                ecosystem.endsOn().map(LocalDate::toString).orElse(""),
                ecosystem.projects(),
                ecosystem.region().orElse(""));
    }

    /**
     * The problems of each field, none when {@code existingProjects} holds every project named and {@code regions} the
     * region (the codes of the region list).
     */
    public Recorded<Ecosystem> check(Set<String> existingProjects, Set<String> regions) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code.isEmpty()) {
            problems.add(required("code"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    "code", "use 1–40 lowercase letters, digits and hyphens", "codeFormat", List.of()));
        }
        name("nameFi", nameFi, problems);
        name("nameSv", nameSv, problems);
        name("nameEn", nameEn, problems);
        Optional<LocalDate> starts = date("startsOn", startsOn, problems);
        Optional<LocalDate> ends = date("endsOn", endsOn, problems);
        if (starts.isPresent() != ends.isPresent()
                && problems.stream().noneMatch(p -> p.field().endsWith("On"))) {
            problems.add(new FieldProblem(
                    starts.isPresent() ? "endsOn" : "startsOn",
                    "give both the first and the last day, or neither",
                    "bothDates",
                    List.of()));
        } else if (starts.isPresent() && ends.isPresent() && ends.get().isBefore(starts.get())) {
            problems.add(new FieldProblem("endsOn", "the last day is before the first", "endBeforeStart", List.of()));
        }
        if (projects.isEmpty() && region.isEmpty()) {
            problems.add(new FieldProblem(
                    "projects", "choose at least one project, or a region", "projectsOrRegion", List.of()));
        } else if (!projects.isEmpty() && !region.isEmpty()) {
            problems.add(new FieldProblem(
                    "region",
                    "an ecosystem is either projects or a region: clear the projects or the region",
                    "projectsAndRegion",
                    List.of()));
        } else if (!region.isEmpty() && !regions.contains(region)) {
            problems.add(new FieldProblem(
                    "region", "no region with code '" + region + "'", "unknownRegion", List.of(region)));
        }
        projects.stream()
                .filter(p -> !existingProjects.contains(p))
                .findFirst()
                .ifPresent(p -> problems.add(new FieldProblem(
                        "projects", "no project with code '" + p + "'", "unknownProject", List.of(p))));
        if (!problems.isEmpty()) {
            return new Recorded.Refused<>(problems);
        }
        Ecosystem.Members members =
                region.isEmpty() ? new Ecosystem.Members.ProjectList(projects) : new Ecosystem.Members.Region(region);
        return new Recorded.Saved<>(new Ecosystem(code, nameFi, nameSv, nameEn, starts, ends, members));
    }

    private static void name(String field, String value, List<FieldProblem> problems) {
        if (value.isEmpty()) {
            problems.add(required(field));
        } else if (value.length() > NAME_LENGTH) {
            problems.add(new FieldProblem(
                    field,
                    "at most " + NAME_LENGTH + " characters",
                    "tooLong",
                    List.of(String.valueOf(NAME_LENGTH), String.valueOf(value.length()))));
        }
    }

    private static Optional<LocalDate> date(String field, String value, List<FieldProblem> problems) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "write the date as YYYY-MM-DD", "date", List.of()));
            return Optional.empty();
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "required", "required", List.of());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
