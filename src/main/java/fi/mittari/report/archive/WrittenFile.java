package fi.mittari.report.archive;

import java.nio.file.Path;

/** A workbook written to a temporary file, with its size and SHA-256 counted while it was written. */
public record WrittenFile(Path path, long sizeBytes, String sha256) {}
