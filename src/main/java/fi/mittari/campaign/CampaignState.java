package fi.mittari.campaign;

/** Whether a campaign takes answers now, and if not, why not. */
public enum CampaignState {
    NOT_YET_OPEN,
    OPEN,
    CLOSED,
    /** The response cap is reached. */
    FULL
}
