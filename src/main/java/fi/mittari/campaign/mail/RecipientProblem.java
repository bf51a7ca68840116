package fi.mittari.campaign.mail;

/**
 * Why one line of a recipient list was refused: the line (or sheet row) number, the column, a message-key suffix
 * ({@code reason}) and the offending value for the staff pages, and the same in plain English for the API.
 */
public record RecipientProblem(int line, String field, String reason, String value, String message) {}
