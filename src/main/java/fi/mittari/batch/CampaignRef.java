package fi.mittari.batch;

/** The item the aggregation step reads: a campaign and the questionnaire version it opened. */
record CampaignRef(long campaignId, long questionnaireVersionId) {}
