package fi.mittari.report.files;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.report.definition.CronSyntax;
import fi.mittari.report.definition.ReportCatalogCheck;
import fi.mittari.report.definition.ReportDefinitionFile;
import fi.mittari.report.definition.ReportDefinitionReader;
import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads every {@code *.yaml} of a directory as report definitions and checks them together. Plain Java. */
final class ReportDirectory {

    private ReportDirectory() {}

    /** A missing directory is an empty catalog; an unreadable file is rejected like a file with errors. */
    static ReportCatalogCheck.CheckedReports read(Path directory, IndicatorCatalog indicators, CronSyntax cron)
            throws IOException {
        if (!Files.isDirectory(directory)) {
            return ReportCatalogCheck.check(List.of(), indicators);
        }
        List<Path> paths;
        try (Stream<Path> listed = Files.list(directory)) {
            paths = listed.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        var reader = new ReportDefinitionReader(cron);
        return ReportCatalogCheck.check(
                paths.stream().map(path -> readFile(reader, path)).toList(), indicators);
    }

    private static ReportDefinitionFile readFile(ReportDefinitionReader reader, Path path) {
        String source = path.toString();
        try {
            return reader.read(source, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new ReportDefinitionFile(
                    source,
                    List.of(),
                    List.of(new DefinitionProblem(
                            source,
                            1,
                            1,
                            "",
                            "could not be read: " + e.getMessage(),
                            DefinitionProblem.Severity.ERROR)));
        }
    }
}
