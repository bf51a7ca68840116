package fi.mittari.batch.web;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The staff home in one of its two forms: a coordinator's ({@code funder} false: projects with their week, campaigns
 * and goals, the next scheduled reports and what needs attention) or a FUNDER's (their projects' reports and results).
 * Numbers and times are raw; the template formats them in the page's locale.
 */
public record HomePage(
        boolean funder,
        String username,
        List<ProjectCard> projects,
        List<ScheduledReport> scheduled,
        List<Attention> attention,
        List<ReportLink> reports) {

    /**
     * A project as its coordinator follows it (for a FUNDER only its name and links).
     *
     * @param responsesThisWeek responses sent over the last 7 days to the project's campaigns
     */
    public record ProjectCard(
            String code, String name, long responsesThisWeek, List<CampaignRate> campaigns, List<GoalLine> goals) {

        public String resultsHref() {
            return "/staff/indicators?project=" + code;
        }

        public String overviewHref() {
            return "/staff/projects/" + code + "/indicators";
        }
    }

    /**
     * An open campaign: responses sent, and the response rate when there is a base for one (answered invitations of
     * those sent, else responses of the cap), as a fraction.
     */
    public record CampaignRate(String title, String href, long submitted, @Nullable BigDecimal rate) {}

    /** A goal's indicator against its target: a share as a fraction, the progress as a fraction of the way. */
    public record GoalLine(
            String indicator,
            boolean share,
            int decimals,
            @Nullable BigDecimal current,
            @Nullable BigDecimal target,
            @Nullable BigDecimal progress,
            int bar) {}

    public record ScheduledReport(String title, Instant next) {}

    /**
     * Something a coordinator should look at: {@code kind} is "indicatorDefinitions" or "reportDefinitions" (files
     * with problems, {@code subject} the file), "job" (a failed run, {@code subject} the job's name) or "delivery" (a
     * failed email delivery, {@code subject} the report's title).
     */
    public record Attention(String kind, String subject, @Nullable Instant when, String href) {}

    public record ReportLink(String title, String fileName, Instant generated, String href) {}
}
