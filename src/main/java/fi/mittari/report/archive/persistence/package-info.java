/** Where archived reports' files are stored, behind {@link fi.mittari.report.archive.StoredParts}. */
package fi.mittari.report.archive.persistence;
