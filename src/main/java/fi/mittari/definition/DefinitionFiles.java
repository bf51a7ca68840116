package fi.mittari.definition;

import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Brings the files of {@code batch/indicators/} and {@code batch/reports/} in as versions, once per start (docs/adr/0015):
 * a definition whose text differs from the newest version its file produced becomes a new version; one whose file is
 * unchanged while a browser version is newer stays shadowed by it, which the log says. A file with errors brings in
 * nothing, and its problems are logged and kept for the definitions page.
 */
@Singleton
public class DefinitionFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DefinitionFiles.class);
    private static final int ATTEMPTS = 3;

    private final Path batchDirectory;
    private final DefinitionVersions versions;
    private final DefinitionReading reading;
    private final Clock clock;
    private volatile boolean imported;
    private volatile List<FileProblems> refused = List.of();

    /** A file, or one entry of it, that was not brought in, and why. */
    public record FileProblems(DefinitionKind kind, String fileName, List<DefinitionProblem> problems) {}

    DefinitionFiles(
            DefinitionFilesSetting batchDirectory,
            DefinitionVersions versions,
            DefinitionReading reading,
            Clock clock) {
        this.batchDirectory = Path.of(batchDirectory.batchDir());
        this.versions = versions;
        this.reading = reading;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ensureImported();
    }

    /** Reads the files on first use: the catalogs call this before they read the database. */
    public void ensureImported() {
        if (!imported) {
            synchronized (this) {
                if (!imported) {
                    List<FileProblems> problems = new ArrayList<>();
                    for (DefinitionKind kind : DefinitionKind.values()) {
                        importKind(kind, problems);
                    }
                    refused = List.copyOf(problems);
                    imported = true;
                }
            }
        }
    }

    /** The files (or entries) of this start that brought nothing in because of their errors. */
    public List<FileProblems> refused() {
        ensureImported();
        return refused;
    }

    private void importKind(DefinitionKind kind, List<FileProblems> problems) {
        Path directory = batchDirectory.resolve(kind.listKey());
        if (!Files.isDirectory(directory)) {
            LOG.info("No {}: {} definitions come from the database only", directory, kind.code());
            return;
        }
        List<Path> paths;
        try (Stream<Path> listed = Files.list(directory)) {
            paths = listed.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.error("{} could not be read", directory, e);
            return;
        }
        Map<String, String> fileOfCode = new HashMap<>();
        for (Path path : paths) {
            importFile(kind, path, fileOfCode, problems);
        }
    }

    private void importFile(DefinitionKind kind, Path path, Map<String, String> fileOfCode, List<FileProblems> out) {
        String fileName = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            refuse(kind, fileName, List.of(problem(fileName, "could not be read: " + e.getMessage())), out);
            return;
        }
        List<DefinitionProblem> problems = kind == DefinitionKind.INDICATOR
                ? reading.indicatorFile(fileName, text).problems()
                : reading.reportFile(fileName, text).problems();
        problems.stream()
                .filter(p -> p.severity() == DefinitionProblem.Severity.WARNING)
                .forEach(p -> LOG.warn("{}", p.describe()));
        if (problems.stream().anyMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR)) {
            refuse(kind, fileName, problems, out);
            return;
        }
        for (DefinitionEntries.Entry entry : DefinitionEntries.of(kind, text)) {
            String earlier = fileOfCode.putIfAbsent(entry.code(), fileName);
            if (earlier != null) {
                refuse(
                        kind,
                        fileName,
                        List.of(problem(
                                fileName,
                                kind.code() + " code '" + entry.code() + "' is already defined in " + earlier
                                        + "; codes are unique across all files")),
                        out);
                continue;
            }
            store(kind, entry, fileName);
        }
    }

    private void store(DefinitionKind kind, DefinitionEntries.Entry entry, String fileName) {
        for (int attempt = 1; ; attempt++) {
            try {
                storeOnce(kind, entry, fileName);
                return;
            } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
                if (attempt == ATTEMPTS) {
                    LOG.error(
                            "{} {} of {} could not be stored",
                            kind.code(),
                            entry.code(),
                            fileName,
                            anotherInstanceWasFirst);
                    return;
                }
                LOG.debug("{} {}: another instance stored a version first; reading again", kind.code(), entry.code());
            }
        }
    }

    private void storeOnce(DefinitionKind kind, DefinitionEntries.Entry entry, String fileName) {
        String sha = DefinitionVersions.sha256(entry.yaml());
        List<DefinitionVersion> history = versions.history(kind, entry.code());
        Optional<DefinitionVersion> newest = history.stream().findFirst();
        Optional<DefinitionVersion> fromFile = history.stream()
                .filter(v -> v.source() == DefinitionSource.FILE)
                .findFirst();
        boolean fileUnchanged = fromFile.map(v -> v.sha256().equals(sha)).orElse(false);
        if (fileUnchanged || newest.map(v -> v.sha256().equals(sha)).orElse(false)) {
            newest.filter(v -> v.source() == DefinitionSource.BROWSER && fileUnchanged)
                    .ifPresent(browser -> LOG.warn(
                            "{} {} of {} is shadowed by version {}, published in the browser by {}; edit that"
                                    + " version, or change the file to make it the newest",
                            kind.code(),
                            entry.code(),
                            fileName,
                            browser.versionNumber(),
                            browser.publishedBy().orElse("?")));
            return;
        }
        DefinitionVersion added = versions.add(
                newest.map(DefinitionVersion::versionNumber).orElse(0),
                kind,
                entry.code(),
                entry.yaml(),
                DefinitionSource.FILE,
                Optional.of(fileName),
                clock.instant(),
                Optional.empty());
        LOG.info("{} {}: version {} from {}", kind.code(), entry.code(), added.versionNumber(), fileName);
    }

    private static void refuse(
            DefinitionKind kind, String fileName, List<DefinitionProblem> problems, List<FileProblems> out) {
        problems.stream()
                .filter(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .forEach(p -> LOG.error("{}", p.describe()));
        LOG.error(
                "{} brought in nothing new: fix the problems above; the versions stored before stay in force",
                fileName);
        out.add(new FileProblems(kind, fileName, problems));
    }

    private static DefinitionProblem problem(String fileName, String message) {
        return new DefinitionProblem(fileName, 1, 1, "", message, DefinitionProblem.Severity.ERROR);
    }
}
