/**
 * The demo data set a newcomer sees on first start (MITTARI_DEMO=false turns it off).
 */
package fi.mittari.demo;
