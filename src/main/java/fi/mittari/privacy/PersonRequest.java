package fi.mittari.privacy;

import java.util.Locale;

/**
 * Whose answers an erasure or an access request is about: a pseudonym within a project (the answers to an
 * {@code id.…} question, and the invitations carrying it as their reference), an invitation of a campaign by its
 * reference, or one response. Every field is bounded as its column is.
 */
public sealed interface PersonRequest {

    int MAX_CODE = 64;

    /** How the request is recorded (personal_data_removal.kind), without the code itself. */
    RemovalKind erasureKind();

    record ByPseudonym(String projectCode, String pseudonym) implements PersonRequest {
        public ByPseudonym {
            projectCode = bounded(projectCode, "project");
            // compared as the indicator engine does: case and surrounding spaces do not matter
            pseudonym = bounded(pseudonym, "pseudonym").toUpperCase(Locale.ROOT);
        }

        @Override
        public RemovalKind erasureKind() {
            return RemovalKind.ERASE_PSEUDONYM;
        }
    }

    record ByInvitation(String campaignSlug, String reference) implements PersonRequest {
        public ByInvitation {
            campaignSlug = bounded(campaignSlug, "campaign");
            reference = bounded(reference, "reference");
        }

        @Override
        public RemovalKind erasureKind() {
            return RemovalKind.ERASE_INVITATION;
        }
    }

    record ByResponse(long responseId) implements PersonRequest {
        @Override
        public RemovalKind erasureKind() {
            return RemovalKind.ERASE_RESPONSE;
        }
    }

    /** The field's problem (named by {@code field}) as an IllegalArgumentException: empty or too long. */
    private static String bounded(String value, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (stripped.length() > MAX_CODE) {
            throw new IllegalArgumentException(field + ": at most " + MAX_CODE + " characters");
        }
        return stripped;
    }
}
