package fi.mittari.questionnaire;

import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every questionnaire file in the surveys directory at start-up. Loading is idempotent (an unchanged file stores
 * nothing) and one bad file stops nothing else: it is reported with file, line and reason and skipped. A changed file
 * that would strand stored answers is held as a draft instead of published (see {@link QuestionnaireDrafts}).
 */
@Singleton
class SurveysDirectoryLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SurveysDirectoryLoader.class);

    private final QuestionnaireCatalog catalog;
    private final QuestionnaireDrafts drafts;
    private final ApplicationEventPublisher<QuestionnairesLoaded> loaded;
    private final Path directory;

    SurveysDirectoryLoader(
            QuestionnaireCatalog catalog,
            QuestionnaireDrafts drafts,
            ApplicationEventPublisher<QuestionnairesLoaded> loaded,
            SurveyFilesSetting directory) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.loaded = loaded;
        this.directory = Path.of(directory.surveysDir());
    }

    @EventListener
    void onStartup(StartupEvent event) {
        List<String> rejected = loadAll();
        loaded.publishEvent(new QuestionnairesLoaded(catalog.latestVersions(), rejected));
    }

    /** Loads every *.yaml / *.yml file; returns the names of the files that were rejected. */
    List<String> loadAll() {
        List<String> rejected = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            LOG.warn("Questionnaire directory {} does not exist; no questionnaires loaded from files", directory);
            return rejected;
        }
        for (Path file : definitionFiles()) {
            String source = directory.relativize(file).toString();
            try {
                LoadOutcome outcome = load(source, Files.readString(file, StandardCharsets.UTF_8));
                report(source, outcome);
                if (outcome instanceof LoadOutcome.Rejected) {
                    rejected.add(source);
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("Questionnaire file {} could not be loaded", source, e);
                rejected.add(source);
            }
        }
        return rejected;
    }

    /**
     * Another instance starting at the same time may store the same version between our check and our insert (the
     * unique version number refuses ours): loaded again, the file is then unchanged.
     */
    private LoadOutcome load(String source, String yaml) {
        try {
            return drafts.loadFile(source, yaml);
        } catch (RuntimeException storedByATwin) {
            return drafts.loadFile(source, yaml);
        }
    }

    private List<Path> definitionFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.error("Questionnaire directory {} could not be read", directory, e);
            return List.of();
        }
    }

    private static void report(String source, LoadOutcome outcome) {
        outcome.problems().forEach(problem -> {
            if (problem.severity() == DefinitionProblem.Severity.ERROR) {
                LOG.error("{}", problem.describe());
            } else {
                LOG.warn("{}", problem.describe());
            }
        });
        if (outcome instanceof LoadOutcome.VersionCreated created) {
            LOG.info(
                    "Questionnaire {} version {} stored from {}",
                    created.questionnaire().key(),
                    created.questionnaire().versionNumber(),
                    source);
        } else if (outcome instanceof LoadOutcome.Unchanged unchanged) {
            LOG.info(
                    "Questionnaire {} unchanged (version {})",
                    unchanged.questionnaire().key(),
                    unchanged.questionnaire().versionNumber());
        } else if (outcome instanceof LoadOutcome.HeldAsDraft held) {
            // Not an error of the file: publishing would leave stored answers pointing at something removed.
            LOG.warn(
                    "Questionnaire file {} not published: {} change(s) touch stored answers ({}); it is now the draft of"
                            + " {}: review and publish it in the designer to confirm",
                    source,
                    held.review().needingConfirmation().size(),
                    held.review().needingConfirmation().stream()
                            .map(c -> c.kind() + " " + c.change().questionKey()
                                    + (c.change().choiceValue().isEmpty()
                                            ? ""
                                            : "=" + c.change().choiceValue()))
                            .collect(java.util.stream.Collectors.joining(", ")),
                    held.draft().key());
        } else {
            LOG.error(
                    "Questionnaire file {} rejected with {} problem(s)",
                    source,
                    outcome.problems().size());
        }
    }
}
