package fi.mittari.report;

/** A stored report's file. */
public record ReportFile(String fileName, byte[] content) {}
