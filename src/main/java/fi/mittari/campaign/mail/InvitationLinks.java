package fi.mittari.campaign.mail;

import fi.mittari.questionnaire.Language;

/**
 * The absolute links a message carries, made where the public address is known (the web layer): the personal
 * invitation link in the recipient's language, and the opt-out page.
 */
public interface InvitationLinks {

    String invitation(String token, Language language);

    String optOut(String token, Language language);
}
