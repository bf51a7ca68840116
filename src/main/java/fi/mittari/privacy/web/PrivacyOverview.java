package fi.mittari.privacy.web;

import fi.mittari.privacy.DueCampaign;
import fi.mittari.privacy.Removal;
import java.time.LocalDate;
import java.util.List;

/**
 * The view model of {@code /staff/privacy}: what the next retention run would touch, the campaigns without a rule,
 * what a run just did ({@code ran}, empty when none was started), the recorded removals, and the rule form as typed.
 */
public record PrivacyOverview(
        LocalDate today,
        List<DueCampaign> due,
        List<String> unruled,
        boolean ranNow,
        List<Removal> ran,
        boolean saved,
        List<Removal> removals,
        RuleForm rule,
        List<PrivacyProblem> problems) {

    /** The retention rule form as typed: scope is project or campaign, target its code or address part. */
    public record RuleForm(String scope, String target, String months, String action) {
        static final RuleForm EMPTY = new RuleForm("project", "", "", "DELETE");
    }

    public boolean hasError() {
        return !problems.isEmpty();
    }

    public String errorOf(String field) {
        return PrivacyProblem.of(problems, field);
    }
}
