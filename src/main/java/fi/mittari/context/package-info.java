/**
 * The context answers are broken down by: projects with their goals and coached participants, events, organisations,
 * participation in events, and the code lists (regions, sectors, event types) they are classified with. Validation is
 * plain Java ({@link fi.mittari.context.ContextRules}); other features use {@link fi.mittari.context.Projects}.
 */
package fi.mittari.context;
