package fi.mittari.privacy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A campaign whose answers a retention run would touch today: which rule (its own or its project's), from which end,
 * how many responses and sent on which days.
 *
 * @param end the project's last day, or the campaign's when the rule is the campaign's own
 */
public record DueCampaign(
        long campaignId,
        String slug,
        String title,
        Optional<String> projectCode,
        RetentionRule rule,
        boolean ownRule,
        LocalDate end,
        long responses,
        Optional<LocalDate> firstDay,
        Optional<LocalDate> lastDay) {

    public LocalDate lastKeptDay() {
        return rule.lastKeptDay(end);
    }
}
