package fi.mittari.privacy;

import fi.mittari.audit.AuditEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The retention rules of projects and campaigns and the privacy notice's fields of a campaign (controller, contact),
 * as staff set them. Each change is audited; none holds personal data of respondents.
 */
@Singleton
public class PrivacySettings {

    /** A campaign's notice fields, as long as their columns. */
    public static final int MAX_CONTROLLER = 255;

    public static final int MAX_CONTACT = 320;

    /** What the notice of a campaign is made of, besides the standard text. */
    public record NoticeFields(
            String slug,
            String title,
            Optional<String> controller,
            Optional<String> contact,
            Optional<String> projectName,
            Optional<String> funder,
            Optional<RetentionRule> rule,
            boolean ownRule) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final PrivacyAudit audit;

    PrivacySettings(NamedParameterJdbcTemplate jdbc, PrivacyAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** False when there is no such project. An empty rule removes the project's rule. */
    public boolean setProjectRule(String code, Optional<RetentionRule> rule, String by) {
        int changed = jdbc.update(
                "UPDATE project SET retention_months = :months, retention_action = :action WHERE code = :code",
                rule(rule).addValue("code", code));
        if (changed > 0) {
            audit.settingChanged(by, AuditEvent.PrivacySetting.RETENTION_RULE_PROJECT, code);
        }
        return changed > 0;
    }

    /** False when there is no such campaign. An empty rule leaves the campaign to its project's rule. */
    public boolean setCampaignRule(String slug, Optional<RetentionRule> rule, String by) {
        int changed = jdbc.update(
                "UPDATE campaign SET retention_months = :months, retention_action = :action WHERE slug = :slug",
                rule(rule).addValue("slug", slug));
        if (changed > 0) {
            audit.settingChanged(by, AuditEvent.PrivacySetting.RETENTION_RULE_CAMPAIGN, slug);
        }
        return changed > 0;
    }

    /** False when there is no such campaign. Blank fields are stored as not given. */
    public boolean setNotice(String slug, String controller, String contact, String by) {
        int changed = jdbc.update(
                "UPDATE campaign SET privacy_controller = :controller, privacy_contact = :contact WHERE slug = :slug",
                new MapSqlParameterSource("slug", slug)
                        .addValue("controller", blankToNull(controller))
                        .addValue("contact", blankToNull(contact)));
        if (changed > 0) {
            audit.settingChanged(by, AuditEvent.PrivacySetting.PRIVACY_NOTICE, slug);
        }
        return changed > 0;
    }

    public Optional<NoticeFields> notice(String slug) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                """
                SELECT c.slug, c.title, c.privacy_controller, c.privacy_contact, c.retention_months AS c_months,
                       c.retention_action AS c_action, p.name AS project_name, p.funder,
                       p.retention_months AS p_months, p.retention_action AS p_action
                  FROM campaign c
                  JOIN campaign_in_project cip ON cip.campaign_id = c.id
                  LEFT JOIN project p ON p.id = cip.project_id
                 WHERE c.slug = :slug
                """,
                Map.of("slug", slug));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        Optional<RetentionRule> own = RetentionRule.stored(integer(row.get("c_months")), (String) row.get("c_action"));
        Optional<RetentionRule> project =
                RetentionRule.stored(integer(row.get("p_months")), (String) row.get("p_action"));
        return Optional.of(new NoticeFields(
                (String) row.get("slug"),
                (String) row.get("title"),
                Optional.ofNullable((String) row.get("privacy_controller")),
                Optional.ofNullable((String) row.get("privacy_contact")),
                Optional.ofNullable((String) row.get("project_name")),
                Optional.ofNullable((String) row.get("funder")),
                own.or(() -> project),
                own.isPresent()));
    }

    private static MapSqlParameterSource rule(Optional<RetentionRule> rule) {
        return new MapSqlParameterSource(
                        "months", rule.map(RetentionRule::months).orElse(null))
                .addValue("action", rule.map(r -> r.action().name()).orElse(null));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
