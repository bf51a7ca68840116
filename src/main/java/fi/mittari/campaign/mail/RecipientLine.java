package fi.mittari.campaign.mail;

import fi.mittari.questionnaire.Language;

/**
 * One recipient as staff listed them: the address, a name for the greeting (may be empty), the language of the
 * messages and link, and the organisation's pseudonym for the person (may be empty; it becomes the invitation's
 * reference, which responses carry instead of the address). {@code line} is the line or row number staff see.
 */
public record RecipientLine(int line, String email, String name, Language language, String pseudonym) {}
