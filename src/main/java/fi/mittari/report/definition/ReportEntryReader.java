package fi.mittari.report.definition;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.definition.ReportDefinition.Contact;
import fi.mittari.report.definition.ReportDefinition.EmploymentSection;
import fi.mittari.report.definition.ReportDefinition.Recipients;
import fi.mittari.report.definition.ReportDefinition.ReportOptions;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one entry of {@code reports:}; every problem is reported, and the entry is empty if any was an error. */
final class ReportEntryReader {

    static final List<String> PROPERTIES = List.of(
            "code",
            "title",
            "language",
            "projects",
            "scope",
            "period",
            "indicators",
            "breakdowns",
            "contact",
            "recipients",
            "schedule",
            "options",
            "employment");

    /** Report codes name archived workbooks and job runs: lowercase letters, digits and hyphens. */
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final Pattern PROJECT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern ECOSYSTEM = Pattern.compile("[a-z0-9-]{1,40}");
    static final Pattern INDICATOR = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    static final Pattern BREAKDOWN = Pattern.compile("[a-z][a-z0-9_]*(:[a-z0-9_.]+)?");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final YamlProblems problems;
    private final ReportValues values;
    private final ReportPeriodReader periods;
    private final CronSyntax cron;
    private final String source;

    ReportEntryReader(String source, YamlProblems problems, CronSyntax cron) {
        this.source = source;
        this.problems = problems;
        this.values = new ReportValues(problems);
        this.periods = new ReportPeriodReader(problems);
        this.cron = cron;
    }

    Optional<LocatedReport> read(YamlMapping entry, String path) {
        long errorsBefore = problems.errorCount();
        Map<String, LocatedReport.Place> places = new LinkedHashMap<>();
        entry.rejectUnknown(PROPERTIES, Set.of(), "a report");
        Optional<ScalarNode> codeNode = entry.scalar("code", true);
        codeNode.ifPresent(node -> places.put("code", ReportValues.place(node)));
        Optional<String> code = codeNode.flatMap(node -> values.matching(
                node, entry.child("code"), CODE, "is not a report code: lowercase letters, digits and hyphens"));
        Optional<String> title = entry.scalar("title", true).map(ScalarNode::getValue);
        ReportLanguage language = language(entry);
        Optional<String> ecosystem = ecosystem(entry, places);
        List<String> projects = values.codes(
                entry, "projects", !entry.has("scope"), PROJECT, "is not a project code", new HashMap<>(), "projects");
        if (entry.has("scope") && entry.has("projects")) {
            problems.error(
                    entry.value("scope", true).orElseThrow(),
                    entry.child("scope"),
                    "a report is of projects or of an ecosystem: write projects: or scope: {ecosystem: …}, not both");
        }
        Optional<ReportPeriod> period = entry.value("period", true).flatMap(node -> periods.read(node, entry));
        List<String> indicators =
                values.codes(entry, "indicators", false, INDICATOR, "is not an indicator code", places, "indicators");
        List<String> breakdowns = values.codes(
                entry,
                "breakdowns",
                false,
                BREAKDOWN,
                "is not a breakdown key (like region, month or choice:dim.sector)",
                places,
                "breakdowns");
        Optional<Contact> contact = contact(entry);
        Recipients recipients = recipients(entry, places);
        Optional<String> schedule = schedule(entry);
        ReportOptions options = options(entry);
        Optional<EmploymentSection> employment = new EmploymentReader(problems, values).read(entry, places);
        if (problems.errorCount() > errorsBefore
                || code.isEmpty()
                || title.isEmpty()
                || projects.isEmpty() == ecosystem.isEmpty()
                || period.isEmpty()
                || contact.isEmpty()) {
            return Optional.empty();
        }
        var definition = new ReportDefinition(
                code.get(),
                title.get(),
                language,
                projects,
                period.get(),
                indicators,
                breakdowns,
                contact.get(),
                recipients,
                schedule,
                options,
                employment,
                source,
                YamlMapping.line(entry.node()),
                ecosystem);
        return Optional.of(new LocatedReport(definition, path, places));
    }

    /**
     * {@code scope: {ecosystem: code}}: the ecosystem's code, its place recorded as {@code scope.ecosystem}; whether
     * the ecosystem exists is {@link ReportCatalogCheck}'s (ecosystems live in the database).
     */
    private Optional<String> ecosystem(YamlMapping entry, Map<String, LocatedReport.Place> places) {
        return entry.value("scope", false)
                .flatMap(node -> YamlMapping.of(node, entry.child("scope"), "{ecosystem: code}", problems))
                .flatMap(scope -> {
                    scope.rejectUnknown(List.of("ecosystem"), Set.of(), "a report's scope");
                    return scope.scalar("ecosystem", true).flatMap(node -> {
                        places.put("scope.ecosystem", ReportValues.place(node));
                        return values.matching(
                                node,
                                scope.child("ecosystem"),
                                ECOSYSTEM,
                                "is not an ecosystem code: 1–40 lowercase letters, digits and hyphens");
                    });
                });
    }

    private ReportLanguage language(YamlMapping entry) {
        return entry.scalar("language", false)
                .flatMap(node -> {
                    for (ReportLanguage language : ReportLanguage.values()) {
                        if (language.name().toLowerCase(Locale.ROOT).equals(node.getValue())) {
                            return Optional.of(language);
                        }
                    }
                    problems.error(
                            node,
                            entry.child("language"),
                            "language must be fi, sv or en, found '" + node.getValue() + "'");
                    return Optional.empty();
                })
                .orElse(ReportLanguage.FI);
    }

    private Optional<Contact> contact(YamlMapping entry) {
        return entry.value("contact", true)
                .flatMap(
                        node -> YamlMapping.of(node, entry.child("contact"), "{name: …, email: …, phone: …}", problems))
                .flatMap(contact -> {
                    contact.rejectUnknown(List.of("name", "email", "phone"), Set.of(), "a contact");
                    Optional<String> name = contact.scalar("name", true).map(ScalarNode::getValue);
                    Optional<String> email = contact.scalar("email", false).flatMap(e -> values.email(e, contact));
                    Optional<String> phone = contact.scalar("phone", false).map(ScalarNode::getValue);
                    return name.map(n -> new Contact(n, email, phone));
                });
    }

    private Recipients recipients(YamlMapping entry, Map<String, LocatedReport.Place> places) {
        return entry.value("recipients", false)
                .flatMap(node -> YamlMapping.of(
                        node, entry.child("recipients"), "{funders: [accounts], emails: [addresses]}", problems))
                .map(recipients -> {
                    recipients.rejectUnknown(List.of("funders", "emails"), Set.of(), "recipients");
                    List<String> funders = values.codes(
                            recipients,
                            "funders",
                            false,
                            ACCOUNT,
                            "is not a user name of a funder account",
                            places,
                            "recipients.funders");
                    List<String> emails = values.emails(recipients, "emails");
                    return new Recipients(funders, emails);
                })
                .orElse(Recipients.none());
    }

    private Optional<String> schedule(YamlMapping entry) {
        return entry.scalar("schedule", false).flatMap(node -> {
            String expression = node.getValue().trim();
            int fields = expression.split("\\s+").length;
            Optional<String> problem = fields == 6
                    ? cron.problem(expression)
                    : Optional.of("has " + fields + " fields; write six: second minute hour day-of-month month"
                            + " day-of-week, like \"0 0 6 1 * *\" (06:00 on the first of every month)");
            problem.ifPresent(p -> problems.error(
                    node, entry.child("schedule"), "schedule '" + expression + "' is not a valid cron: " + p));
            return problem.isEmpty() ? Optional.of(expression) : Optional.empty();
        });
    }

    private ReportOptions options(YamlMapping entry) {
        ReportOptions defaults = ReportOptions.defaults();
        return entry.value("options", false)
                .flatMap(node -> YamlMapping.of(
                        node, entry.child("options"), "{distributions: …, data: …, open_text: …}", problems))
                .map(options -> {
                    options.rejectUnknown(List.of("distributions", "data", "open_text"), Set.of(), "options");
                    boolean data = options.flag("data", defaults.data());
                    boolean openText = options.flag("open_text", defaults.openText());
                    if (openText && !data) {
                        problems.error(
                                options.value("open_text", true).orElseThrow(),
                                options.child("open_text"),
                                "open_text: true needs data: true; open-text answers are only ever in the Data sheet");
                    }
                    return new ReportOptions(options.flag("distributions", defaults.distributions()), data, openText);
                })
                .orElse(defaults);
    }
}
