/** The indicator engine's reads from the database, behind the ports the engine declares. */
package fi.mittari.indicator.engine.persistence;
