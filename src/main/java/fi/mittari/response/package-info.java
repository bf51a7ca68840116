/**
 * Responses: checking answers against the exact questionnaire version (plain Java), storing them once per
 * submission key in long format, the respondent form and the JSON API. Entry points:
 * {@link fi.mittari.response.SubmittingResponse} for one response, {@link fi.mittari.response.ImportingResponses} for
 * a sheet of paper forms stored all or nothing.
 */
package fi.mittari.response;
