package fi.mittari.campaign;

import fi.mittari.Sha256;
import fi.mittari.campaign.persistence.InvitationRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Personal invitations: created in bulk with a token of 128 random bits each, of which only the SHA-256 is stored, so
 * the links exist only in the answer to the request that created them (and in the mail merge made from it).
 */
@Singleton
public class Invitations {

    /** More than any mailing of a small organisation; bounds the work one request can cause. */
    public static final int MOST_AT_ONCE = 10_000;

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final InvitationRepository invitations;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(InvitationRepository invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    /**
     * Creates one invitation per reference (the organisation's own code for the invitee; empty strings for anonymous
     * invitations). All or nothing: a bad or repeated reference refuses the whole batch.
     */
    @Transactional
    public InvitationBatch create(Campaign campaign, List<String> references) {
        List<FieldProblem> problems = new ArrayList<>();
        if (references.isEmpty() || references.size() > MOST_AT_ONCE) {
            problems.add(countProblem());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            if (reference.isEmpty()) {
                continue;
            }
            if (!REFERENCE.matcher(reference).matches()) {
                problems.add(FieldProblem.of(
                        "references[" + i + "]",
                        "referenceFormat",
                        "must be 1–64 letters, digits, dots, hyphens or underscores (a code, never a name or an"
                                + " email address)",
                        reference));
            } else if (!seen.add(reference) || invitations.existsByCampaignIdAndReference(campaign.id(), reference)) {
                problems.add(FieldProblem.of(
                        "references[" + i + "]",
                        "referenceTaken",
                        "'" + reference + "' is invited already",
                        reference));
            }
        }
        if (!problems.isEmpty()) {
            return new InvitationBatch.Refused(problems);
        }
        List<InvitationBatch.Issued> issued = new ArrayList<>();
        for (String reference : references) {
            String token = newToken();
            invitations.save(new Invitation(
                    null, campaign.id(), hash(token), reference.isEmpty() ? null : reference, clock.instant(), null));
            issued.add(new InvitationBatch.Issued(reference, token));
        }
        return new InvitationBatch.Created(issued);
    }

    /** {@code count} invitations without references; a count outside 1–{@link #MOST_AT_ONCE} is refused. */
    public InvitationBatch createAnonymous(Campaign campaign, int count) {
        if (count < 1 || count > MOST_AT_ONCE) {
            return new InvitationBatch.Refused(List.of(countProblem()));
        }
        return create(campaign, java.util.Collections.nCopies(count, ""));
    }

    private static FieldProblem countProblem() {
        return FieldProblem.of("count", "invitationCount", "must be 1–" + MOST_AT_ONCE, Integer.toString(MOST_AT_ONCE));
    }

    /** The invitation a token belongs to; a malformed token is not even looked up. */
    public Optional<Invitation> byToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token));
    }

    /** Spends the invitation on a stored response; false when it was already spent (by another tab, say). */
    public boolean spend(Invitation invitation, long responseId) {
        return invitations.markUsed(invitation.id(), responseId) == 1;
    }

    /** How many invitations the campaign has, spent or not. */
    public long created(Campaign campaign) {
        return invitations.countByCampaignId(campaign.id());
    }

    public Counts counts(Campaign campaign) {
        return new Counts(invitations.countByCampaignId(campaign.id()), invitations.countUsed(campaign.id()));
    }

    public record Counts(long created, long used) {}

    private String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
