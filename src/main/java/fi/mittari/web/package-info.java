/**
 * What every page and API shares: the user-interface texts in Finnish, Swedish and English, the API error body,
 * security headers and the database health check. Depends on no feature but the questionnaire languages.
 */
package fi.mittari.web;
