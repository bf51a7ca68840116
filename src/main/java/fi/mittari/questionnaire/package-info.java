/**
 * Questionnaires: the model (records, one sealed type per question kind), the YAML reader that reports every problem
 * with line and column, and the catalog of immutable numbered versions loaded idempotently from surveys/. Other
 * features use {@link fi.mittari.questionnaire.QuestionnaireCatalog}.
 */
package fi.mittari.questionnaire;
