package fi.mittari.campaign.mail;

import fi.mittari.questionnaire.Language;

/**
 * The absolute links a message carries, made where the public address is known (the web layer): the personal
 * invitation link in the recipient's language, and the opt-out page.
 */
public interface InvitationLinks {

    /** Whether links can be made without a request: messages wait in the outbox until they can. */
    boolean available();

    /** Refuses (with the web layer's explanation of what to set) when no link can be made. */
    default void requireAvailable() {
        if (!available()) {
            throw new IllegalStateException("MITTARI_PUBLIC_URL is not set");
        }
    }

    String invitation(String token, Language language);

    String optOut(String token, Language language);
}
