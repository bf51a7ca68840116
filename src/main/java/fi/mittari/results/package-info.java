/**
 * A campaign's live results for staff: each closed question's counts and shares, and numeric and rating questions'
 * distribution, mean and median, over a period of submission days. Small groups are hidden by the indicators' rule
 * ({@link fi.mittari.indicator.statistics.Suppression}) for everyone but admins; personal questions and open texts are
 * never shown.
 */
package fi.mittari.results;
