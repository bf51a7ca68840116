/** Built workbooks: archived with definition, parameters, SHA-256 and size; listed, downloaded and delivered. */
package fi.mittari.report.archive;
