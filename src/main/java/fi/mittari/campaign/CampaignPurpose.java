package fi.mittari.campaign;

/** What a campaign is for. */
public enum CampaignPurpose {
    /** A questionnaire whose answers become indicators (the default). */
    SURVEY,
    /** An event's sign-in: each complete response is one participant of the event. */
    SIGN_IN
}
