package fi.mittari.report.files;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.report.definition.LocatedReport;
import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.report.definition.ReportCatalogCheck;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportDefinitionFile;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report definitions of {@code ${mittari.batch-dir}/reports/*.yaml}, read once at start-up and checked against the
 * indicator catalog. A file with an error of its own is left out whole, a definition that does not fit the indicators
 * is left out alone; each problem is logged as file:line:column. The files are written by staff and hold no answers,
 * so the log holds no personal data.
 */
@Singleton
public class FileReportCatalog implements ReportCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(FileReportCatalog.class);

    private final ReportCatalogCheck.CheckedReports catalog;

    @Inject
    FileReportCatalog(@Value("${mittari.batch-dir}") String batchDirectory, IndicatorCatalog indicators) {
        this(Path.of(batchDirectory, "reports"), indicators);
    }

    FileReportCatalog(Path directory, IndicatorCatalog indicators) {
        this.catalog = load(directory, indicators);
    }

    /** Touching the bean at start-up reads the files then, so their problems are in the start-up log. */
    @EventListener
    void onStartup(StartupEvent event) {
        LOG.debug("{} report definitions in force", catalog.definitions().size());
    }

    @Override
    public List<ReportDefinition> all() {
        return catalog.definitions();
    }

    /** Every file read, with its problems and the definitions from it in force. */
    public List<ReportDefinitionFile> files() {
        return catalog.files();
    }

    private static ReportCatalogCheck.CheckedReports load(Path directory, IndicatorCatalog indicators) {
        ReportCatalogCheck.CheckedReports read;
        try {
            read = ReportDirectory.read(directory, indicators, new SchedulerCronSyntax());
        } catch (IOException e) {
            LOG.error("Report directory {} could not be read: {}", directory, e.getMessage());
            return ReportCatalogCheck.check(List.of(), indicators);
        }
        for (ReportDefinitionFile file : read.files()) {
            file.problems().forEach(problem -> {
                if (problem.severity() == DefinitionProblem.Severity.ERROR) {
                    LOG.error("{}", problem.describe());
                } else {
                    LOG.warn("{}", problem.describe());
                }
            });
            if (file.rejected()) {
                LOG.error("Report file {} left out: fix the problems above", file.source());
            } else if (file.hasErrors()) {
                Set<String> kept =
                        file.reports().stream().map(LocatedReport::path).collect(Collectors.toSet());
                file.problems().stream()
                        .map(DefinitionProblem::path)
                        .map(path -> path.contains(".") ? path.substring(0, path.indexOf('.')) : path)
                        .filter(entry -> !entry.isEmpty() && !kept.contains(entry))
                        .distinct()
                        .forEach(entry ->
                                LOG.error("Report {} of {} left out: fix the problems above", entry, file.source()));
            }
        }
        LOG.info("{} report definitions read from {}", read.definitions().size(), directory);
        return read;
    }
}
