package fi.mittari.campaign.mail;

import fi.mittari.questionnaire.Language;

/**
 * The absolute links a message carries, made where the public address is known (the web layer): the personal
 * invitation link in the recipient's language, and the opt-out page.
 */
public interface InvitationLinks {

    /** Whether links can be made without a request: messages wait in the outbox until they can. */
    boolean available();

    /** Throws, as the web layer explains it (what to set), when no link can be made. */
    void requireAvailable();

    String invitation(String token, Language language);

    String optOut(String token, Language language);
}
