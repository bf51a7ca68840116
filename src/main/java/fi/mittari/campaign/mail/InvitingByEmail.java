package fi.mittari.campaign.mail;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.FieldProblem;
import fi.mittari.campaign.InvitationBatch;
import fi.mittari.campaign.Invitations;
import fi.mittari.campaign.mail.persistence.MailOutbox;
import fi.mittari.campaign.mail.persistence.MailRecipients;
import fi.mittari.mail.SmtpSettings;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds a recipient list to a campaign: one personal invitation per recipient (its pseudonym as the reference), the
 * address kept beside it for sending, and the invitation message queued in the outbox. All or nothing, in one
 * transaction: the sender, which reads committed rows only, never sees half a list.
 */
@Singleton
public class InvitingByEmail {

    private final Invitations invitations;
    private final MailRecipients recipients;
    private final MailOutbox outbox;
    private final SmtpSettings smtp;
    private final InvitationLinks links;
    private final Clock clock;

    InvitingByEmail(
            Invitations invitations,
            MailRecipients recipients,
            MailOutbox outbox,
            SmtpSettings smtp,
            InvitationLinks links,
            Clock clock) {
        this.invitations = invitations;
        this.links = links;
        this.recipients = recipients;
        this.outbox = outbox;
        this.smtp = smtp;
        this.clock = clock;
    }

    @Transactional
    public InvitingOutcome invite(Campaign campaign, List<RecipientLine> lines) {
        // refused before any invitation is made: a message whose link cannot be made would never go out
        links.requireAvailable();
        Instant now = clock.instant();
        List<RecipientProblem> problems = new ArrayList<>(refusals(campaign, lines, now));
        if (!problems.isEmpty()) {
            return new InvitingOutcome.Refused(problems);
        }
        InvitationBatch batch = invitations.create(
                campaign, lines.stream().map(RecipientLine::pseudonym).toList());
        if (batch instanceof InvitationBatch.Refused refused) {
            return new InvitingOutcome.Refused(refused.problems().stream()
                    .map(p -> fromInvitations(p, lines))
                    .toList());
        }
        List<InvitationBatch.Issued> issued = ((InvitationBatch.Created) batch).invitations();
        for (int i = 0; i < lines.size(); i++) {
            RecipientLine line = lines.get(i);
            String token = issued.get(i).token();
            long invitationId = invitations.byToken(token).orElseThrow().id();
            long recipient = recipients.add(
                    campaign.id(),
                    invitationId,
                    line.email(),
                    line.name(),
                    line.language().code(),
                    token,
                    now);
            outbox.queueInvitation(recipient, now);
        }
        return new InvitingOutcome.Queued(lines.size());
    }

    private List<RecipientProblem> refusals(Campaign campaign, List<RecipientLine> lines, Instant now) {
        List<RecipientProblem> problems = new ArrayList<>();
        if (!smtp.configured()) {
            problems.add(new RecipientProblem(
                    0, "recipients", "smtpMissing", "", "No SMTP server is configured (MITTARI_SMTP_HOST)"));
        }
        if (campaign.accessMode() != AccessMode.INVITATION) {
            problems.add(new RecipientProblem(
                    0, "recipients", "notInvitational", "", "The campaign is not answered by personal invitation"));
        }
        if (campaign.closingTime().filter(closes -> !now.isBefore(closes)).isPresent()) {
            problems.add(new RecipientProblem(0, "recipients", "campaignClosed", "", "The campaign is closed"));
        }
        if (lines.size() > Invitations.MOST_AT_ONCE) {
            problems.add(new RecipientProblem(
                    0,
                    "recipients",
                    "tooMany",
                    Integer.toString(Invitations.MOST_AT_ONCE),
                    "At most " + Invitations.MOST_AT_ONCE + " recipients at a time"));
        }
        Set<String> listed = new HashSet<>(recipients.alreadyListed(
                campaign.id(), lines.stream().map(RecipientLine::email).toList()));
        for (RecipientLine line : lines) {
            if (listed.contains(line.email().toLowerCase(Locale.ROOT))) {
                problems.add(new RecipientProblem(
                        line.line(),
                        "email",
                        "emailListed",
                        line.email(),
                        "Line " + line.line() + " has an address already invited to this campaign"));
            }
        }
        return problems;
    }

    /** A taken pseudonym, found by the invitations ("references[3]"), as a problem of its line. */
    private static RecipientProblem fromInvitations(FieldProblem problem, List<RecipientLine> lines) {
        int index = problem.field().startsWith("references[")
                ? Integer.parseInt(problem.field().replaceAll("\\D", ""))
                : -1;
        int line = index >= 0 && index < lines.size() ? lines.get(index).line() : 0;
        String value = index >= 0 && index < lines.size() ? lines.get(index).pseudonym() : "";
        return new RecipientProblem(
                line, "pseudonym", "pseudonymTaken", value, "Line " + line + ": " + problem.message());
    }
}
