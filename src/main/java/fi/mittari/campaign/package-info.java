/**
 * Campaigns open one questionnaire version to respondents at /s/{slug}; a campaign may belong to a project and an
 * event of the context feature, and is either a survey or an event's sign-in. Other features use
 * {@link fi.mittari.campaign.Campaigns} to find them and {@link fi.mittari.campaign.OpeningCampaign} to open one.
 */
package fi.mittari.campaign;
