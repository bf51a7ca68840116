/**
 * Indicator and report definitions kept in the database (docs/adr/0015): each code's immutable versions and one draft,
 * the files of {@code batch/} brought in as versions at start-up, and the catalogs the engine and the jobs read (the
 * newest version of each code, checked together). Staff edit drafts in the browser and publish them as new versions.
 */
package fi.mittari.definition;
