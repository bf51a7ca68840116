/**
 * Campaigns open one questionnaire version to respondents at /s/{slug}; projects group them. Other features use
 * {@link fi.mittari.campaign.Campaigns} to find them and {@link fi.mittari.campaign.OpeningCampaign} to open one.
 */
package fi.mittari.campaign;
