/**
 * Responses: checking answers against the exact questionnaire version (plain Java), storing them once per
 * submission key in long format, the respondent form and the JSON API. Entry point:
 * {@link fi.mittari.response.SubmittingResponse}.
 */
package fi.mittari.response;
