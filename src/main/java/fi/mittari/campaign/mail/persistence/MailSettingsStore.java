package fi.mittari.campaign.mail.persistence;

import fi.mittari.campaign.mail.MailKind;
import fi.mittari.campaign.mail.MailTemplate;
import fi.mittari.questionnaire.Language;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** A campaign's own message wording (mail_template) and reminder schedule (mail_schedule). */
@Singleton
public class MailSettingsStore {

    private final NamedParameterJdbcTemplate jdbc;

    MailSettingsStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MailTemplate> template(long campaignId, MailKind kind, Language language) {
        return jdbc
                .query(
                        "SELECT subject, body FROM mail_template"
                                + " WHERE campaign_id = :campaign AND kind = :kind AND language = :language",
                        parameters(campaignId, kind, language),
                        (row, n) -> new MailTemplate(row.getString("subject"), row.getString("body")))
                .stream()
                .findFirst();
    }

    /** Stores the campaign's wording, replacing what it had. */
    public void saveTemplate(long campaignId, MailKind kind, Language language, MailTemplate template) {
        var parameters = parameters(campaignId, kind, language)
                .addValue("subject", template.subject())
                .addValue("body", template.body());
        jdbc.update(
                "DELETE FROM mail_template WHERE campaign_id = :campaign AND kind = :kind AND language = :language",
                parameters);
        jdbc.update(
                "INSERT INTO mail_template (campaign_id, kind, language, subject, body)"
                        + " VALUES (:campaign, :kind, :language, :subject, :body)",
                parameters);
    }

    /** Days after the invitation on which reminders go, in order; empty when the campaign sends none. */
    public List<Integer> reminderDays(long campaignId) {
        return jdbc
                .query(
                        "SELECT reminder_days FROM mail_schedule WHERE campaign_id = :campaign",
                        Map.of("campaign", campaignId),
                        (row, n) -> days(row.getString("reminder_days")))
                .stream()
                .findFirst()
                .orElse(List.of());
    }

    /** Every campaign's schedule, for campaigns that have one. */
    public Map<Long, List<Integer>> schedules() {
        Map<Long, List<Integer>> schedules = new LinkedHashMap<>();
        jdbc.query("SELECT campaign_id, reminder_days FROM mail_schedule ORDER BY campaign_id", Map.of(), row -> {
            schedules.put(row.getLong("campaign_id"), days(row.getString("reminder_days")));
        });
        return schedules;
    }

    public void saveReminderDays(long campaignId, List<Integer> days) {
        jdbc.update("DELETE FROM mail_schedule WHERE campaign_id = :campaign", Map.of("campaign", campaignId));
        if (!days.isEmpty()) {
            jdbc.update(
                    "INSERT INTO mail_schedule (campaign_id, reminder_days) VALUES (:campaign, :days)",
                    new MapSqlParameterSource()
                            .addValue("campaign", campaignId)
                            .addValue("days", days.stream().map(String::valueOf).collect(Collectors.joining(","))));
        }
    }

    private static List<Integer> days(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }

    private static MapSqlParameterSource parameters(long campaignId, MailKind kind, Language language) {
        return new MapSqlParameterSource()
                .addValue("campaign", campaignId)
                .addValue("kind", kind.name())
                .addValue("language", language.code());
    }
}
