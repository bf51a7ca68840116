package fi.mittari.indicator.files;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorCatalogCheck;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.IndicatorFile;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indicator definitions of {@code ${mittari.batch-dir}/indicators/*.yaml}, read once when first needed (at
 * start-up, by the jobs and the API). A file with any problem is left out as a whole and each problem logged as
 * file:line:column; the files are definitions written by staff, so the log holds no personal data.
 */
@Singleton
public class FileIndicatorCatalog implements IndicatorCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(FileIndicatorCatalog.class);

    private final IndicatorCatalogCheck.CheckedCatalog catalog;

    @Inject
    FileIndicatorCatalog(@Value("${mittari.batch-dir}") String batchDirectory) {
        this(Path.of(batchDirectory, "indicators"));
    }

    FileIndicatorCatalog(Path directory) {
        this.catalog = load(directory);
    }

    /** Touching the bean at start-up reads the files then, so their problems are in the start-up log. */
    @EventListener
    void onStartup(StartupEvent event) {
        LOG.debug("{} indicator definitions in force", catalog.definitions().size());
    }

    @Override
    public List<IndicatorDefinition> all() {
        return catalog.definitions();
    }

    /** Every file read, with its problems; the rejected ones contributed no definitions. */
    public List<IndicatorFile> files() {
        return catalog.files();
    }

    private static IndicatorCatalogCheck.CheckedCatalog load(Path directory) {
        IndicatorCatalogCheck.CheckedCatalog read;
        try {
            read = IndicatorDirectory.read(directory);
        } catch (IOException e) {
            LOG.error("Indicator directory {} could not be read: {}", directory, e.getMessage());
            return IndicatorCatalogCheck.check(List.of());
        }
        for (IndicatorFile file : read.files()) {
            file.problems().forEach(problem -> {
                if (problem.severity() == DefinitionProblem.Severity.ERROR) {
                    LOG.error("{}", problem.describe());
                } else {
                    LOG.warn("{}", problem.describe());
                }
            });
            if (file.rejected()) {
                LOG.error("Indicator file {} left out: fix the problems above", file.source());
            }
        }
        LOG.info("{} indicator definitions read from {}", read.definitions().size(), directory);
        return read;
    }
}
