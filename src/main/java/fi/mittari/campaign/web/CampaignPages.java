package fi.mittari.campaign.web;

import fi.mittari.campaign.FieldProblem;
import fi.mittari.campaign.mail.ResponseRate;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * View models of the staff campaign pages; public records, because Thymeleaf calls their accessors. States, access
 * modes, purposes and problems are message-key suffixes, said in the page's language by the templates.
 */
public final class CampaignPages {

    private CampaignPages() {}

    /** {@code state} is not_yet_open, open, closed or full. */
    public record ListPage(List<Row> rows) {

        public record Row(
                String slug,
                String title,
                String questionnaire,
                String project,
                String state,
                String access,
                long submitted) {}
    }

    /**
     * The campaign with its settings by name, its live counts, the buttons to close or reopen it, invitations, and the
     * response rate of its email invitations.
     */
    public record DetailPage(
            String slug,
            String title,
            String questionnaire,
            String link,
            String state,
            Settings settings,
            Counts counts,
            boolean invitations,
            List<Problem> invitationProblems,
            Reopening reopening,
            ResponseRate mailRate) {

        public boolean closed() {
            return state.equals("closed");
        }

        /** What staff set, as they see it: names rather than codes, raw dates for the template to format. */
        public record Settings(
                String project,
                String event,
                @Nullable LocalDate eventDay,
                @Nullable LocalDate opensOn,
                @Nullable LocalDate lastDay,
                String access,
                List<String> languages,
                @Nullable Integer responseCap,
                String purpose) {}

        public record Counts(long submitted, long inProgress, long invited, long invitationsAnswered, List<Day> days) {}

        public record Day(LocalDate date, long submitted) {}

        /** The reopen form as typed: the new last day, and why it was refused (or null). */
        public record Reopening(String lastDay, @Nullable Problem problem) {}
    }

    /** The campaign form with its choices, as typed, with a problem per field that was refused. */
    public record Form(boolean isNew, String action, CampaignForm values, Choices choices, List<Problem> errors) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        /** The problem with {@code field}, or null. */
        public @Nullable Problem errorOf(String field) {
            return errors.stream()
                    .filter(e -> e.field().equals(field))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The questionnaires and projects to choose from, and every project's events (as option groups). */
    public record Choices(List<Option> questionnaires, List<Option> projects, List<EventGroup> eventGroups) {}

    public record Option(String value, String label) {}

    /** A project's events; {@code project} is the project's code, which the script matches to the project select. */
    public record EventGroup(String project, String projectName, List<EventOption> events) {}

    public record EventOption(String code, String name, LocalDate startsOn) {}

    /**
     * A refused field: {@code field} as the form names it, {@code reason} the message key suffix, its arguments.
     * {@code anchor} is the id of the field's input, for the error summary's link.
     */
    public record Problem(String field, String reason, List<String> arguments) {

        static Problem of(FieldProblem problem) {
            return new Problem(problem.field(), problem.reason(), problem.arguments());
        }

        public String anchor() {
            return "c-" + field.replace('.', '-');
        }

        /** The argument at {@code index}, or "" when the problem has fewer. */
        public String arg(int index) {
            return index < arguments.size() ? arguments.get(index) : "";
        }
    }
}
