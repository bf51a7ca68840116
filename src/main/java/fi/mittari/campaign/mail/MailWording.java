package fi.mittari.campaign.mail;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.mail.persistence.MailSettingsStore;
import fi.mittari.questionnaire.Language;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A campaign's messages: its own wording per kind and language where staff saved one, else the standard text. */
@Singleton
public class MailWording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final MailSettingsStore store;
    private final InvitationLinks links;
    private final ZoneId zone;

    MailWording(MailSettingsStore store, InvitationLinks links, ZoneId zone) {
        this.store = store;
        this.links = links;
        this.zone = zone;
    }

    public MailTemplate template(long campaignId, MailKind kind, Language language) {
        return store.template(campaignId, kind, language).orElseGet(() -> StandardTemplates.of(kind, language));
    }

    public MailTemplate standard(MailKind kind, Language language) {
        return StandardTemplates.of(kind, language);
    }

    /** Saves the wording unless it has problems, which are returned (nothing is saved then). */
    public List<MailTemplate.TemplateProblem> save(
            Campaign campaign, MailKind kind, Language language, MailTemplate template) {
        List<MailTemplate.TemplateProblem> problems = template.problems();
        if (problems.isEmpty()) {
            store.saveTemplate(campaign.id(), kind, language, template);
        }
        return problems;
    }

    /** The message as {@code name} would get it with the personal link {@code token}. */
    public MailTemplate.Rendered render(
            MailTemplate template, String title, Instant closesAt, String name, String token, Language language) {
        return template.render(new MailTemplate.Values(
                name == null ? "" : name,
                links.invitation(token, language),
                lastDay(closesAt),
                links.optOut(token, language),
                title));
    }

    /** The last day to answer as written in a message ("31.1.2027"); a close at midnight ends the day before. */
    String lastDay(Instant closesAt) {
        if (closesAt == null) {
            return "";
        }
        var local = closesAt.atZone(zone);
        var day = local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
        return DAY.format(day);
    }
}
