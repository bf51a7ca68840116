/**
 * How far a project has come: each goal's indicator, as the last run published it for the project's own period,
 * against the goal's baseline and target ({@link fi.mittari.indicator.progress.MeasuringProgress}).
 */
package fi.mittari.indicator.progress;
