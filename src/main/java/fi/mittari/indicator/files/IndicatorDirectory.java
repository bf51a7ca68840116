package fi.mittari.indicator.files;

import fi.mittari.indicator.definition.IndicatorCatalogCheck;
import fi.mittari.indicator.definition.IndicatorDefinitionReader;
import fi.mittari.indicator.definition.IndicatorFile;
import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads every {@code *.yaml} of a directory as indicator definitions and checks them together. Plain Java. */
final class IndicatorDirectory {

    private IndicatorDirectory() {}

    /** A missing directory is an empty catalog; an unreadable file is rejected like a file with errors. */
    static IndicatorCatalogCheck.CheckedCatalog read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return IndicatorCatalogCheck.check(List.of());
        }
        List<Path> paths;
        try (Stream<Path> listed = Files.list(directory)) {
            paths = listed.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        return IndicatorCatalogCheck.check(
                paths.stream().map(IndicatorDirectory::readFile).toList());
    }

    private static IndicatorFile readFile(Path path) {
        String source = path.toString();
        try {
            return new IndicatorDefinitionReader().read(source, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new IndicatorFile(
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
