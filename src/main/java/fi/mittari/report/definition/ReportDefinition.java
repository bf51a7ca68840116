package fi.mittari.report.definition;

import fi.mittari.report.ReportLanguage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One funder report as a file in {@code batch/reports/} defines it: which projects (or which ecosystem) and period,
 * which indicators and breakdowns, the language, title and contact, who receives it, when it is built, and what optional sheets it has.
 *
 * @param code stable key, e.g. {@code keko-stea-2019}; archived reports and job runs name it
 * @param title the workbook's title, in the report's language
 * @param projects project codes (at least one, unless the report is of an ecosystem); a report of several projects
 *     shows each project's figures side by side
 * @param indicators indicator codes in the order the summary shows them; empty = every indicator with stored values
 * @param breakdowns breakdown keys (as in the indicator files, e.g. {@code region}, {@code month}) to show for each
 *     indicator that has them; empty = none
 * @param schedule a six-field cron (second minute hour day month weekday, in the application's time zone), when it is built
 *     automatically; empty = on demand only
 * @param employment which indicators feed the Employment sheet; empty = no Employment sheet
 * @param sourceName the file it was read from and {@code line} the line its entry starts on, for messages
 * @param ecosystem the code of the ecosystem ({@code scope: {ecosystem: …}}) whose figures the report shows as one
 *     whole, instead of projects; then {@code projects} is empty
 */
public record ReportDefinition(
        String code,
        String title,
        ReportLanguage language,
        List<String> projects,
        ReportPeriod period,
        List<String> indicators,
        List<String> breakdowns,
        Contact contact,
        Recipients recipients,
        Optional<String> schedule,
        ReportOptions options,
        Optional<EmploymentSection> employment,
        String sourceName,
        int line,
        Optional<String> ecosystem) {

    public ReportDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(options, "options");
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        breakdowns = List.copyOf(breakdowns);
        Objects.requireNonNull(ecosystem, "ecosystem");
        if (projects.isEmpty() == ecosystem.isEmpty()) {
            throw new IllegalArgumentException("a report names at least one project, or an ecosystem, not both");
        }
    }

    /** A report of projects. */
    public ReportDefinition(
            String code,
            String title,
            ReportLanguage language,
            List<String> projects,
            ReportPeriod period,
            List<String> indicators,
            List<String> breakdowns,
            Contact contact,
            Recipients recipients,
            Optional<String> schedule,
            ReportOptions options,
            Optional<EmploymentSection> employment,
            String sourceName,
            int line) {
        this(
                code,
                title,
                language,
                projects,
                period,
                indicators,
                breakdowns,
                contact,
                recipients,
                schedule,
                options,
                employment,
                sourceName,
                line,
                Optional.empty());
    }

    /** Who to ask about the figures; shown on the cover. */
    public record Contact(String name, Optional<String> email, Optional<String> phone) {}

    /**
     * Who receives each built workbook: funder accounts (usernames of FUNDER users, who download it from Mittari) and
     * email addresses it is sent to as an attachment when SMTP is configured.
     */
    public record Recipients(List<String> funderAccounts, List<String> emails) {
        public Recipients {
            funderAccounts = List.copyOf(funderAccounts);
            emails = List.copyOf(emails);
        }

        public static Recipients none() {
            return new Recipients(List.of(), List.of());
        }
    }

    /**
     * @param distributions a Survey outcomes sheet with every closed question's choices
     * @param data the Data and Codebook sheets (anonymised answers in long format)
     * @param openText open-text answers in the Data sheet too (only with {@code data}; never questions flagged personal)
     */
    public record ReportOptions(boolean distributions, boolean data, boolean openText) {
        public static ReportOptions defaults() {
            return new ReportOptions(true, false, false);
        }
    }

    /**
     * The indicators the Employment sheet shows: the coached (denominator), the employed (numerator, broken down by
     * type of employment through {@code typeBreakdown}, e.g. {@code choice:outcome.employment_status}) and the rate.
     *
     * @param followupWindow how long after coaching the follow-up asks, in the report's language, e.g. "6 kuukautta"
     */
    public record EmploymentSection(
            String coached, String employed, String rate, Optional<String> typeBreakdown, String followupWindow) {}
}
