package fi.mittari.definition;

import fi.mittari.context.Ecosystems;
import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.report.definition.ReportCatalog;
import fi.mittari.report.definition.ReportCatalogCheck;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportDefinitionFile;
import fi.mittari.yaml.DefinitionProblem;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report definitions in force: the newest version of each code, checked against the indicators in force and the
 * ecosystems that exist (a definition naming an unknown indicator or breakdown is left out and its problems logged;
 * one naming an ecosystem not defined yet waits, left out, until the ecosystem is defined). Read again whenever a report version is added, the indicators change or an ecosystem is added, on this
 * instance or another.
 */
@Singleton
public class StoredReportCatalog implements ReportCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(StoredReportCatalog.class);

    private final DefinitionVersions versions;
    private final DefinitionReading reading;
    private final DefinitionFiles files;
    private final IndicatorCatalog indicators;
    private final Ecosystems ecosystems;
    private volatile Loaded loaded;

    /** The newest versions as read and checked, with the definitions in force. */
    public record Loaded(
            String stamp,
            List<IndicatorDefinition> checkedAgainst,
            Set<String> ecosystems,
            List<StoredDefinition<ReportDefinitionFile>> stored,
            List<ReportDefinition> all) {

        public Optional<StoredDefinition<ReportDefinitionFile>> byCode(String code) {
            return stored.stream().filter(s -> s.version().code().equals(code)).findFirst();
        }
    }

    StoredReportCatalog(
            DefinitionVersions versions,
            DefinitionReading reading,
            DefinitionFiles files,
            IndicatorCatalog indicators,
            Ecosystems ecosystems) {
        this.versions = versions;
        this.reading = reading;
        this.files = files;
        this.indicators = indicators;
        this.ecosystems = ecosystems;
    }

    @Override
    public List<ReportDefinition> all() {
        return current().all();
    }

    /** Every code's newest version with its problems (those with errors are not in force). */
    public Loaded current() {
        files.ensureImported();
        String stamp = versions.stamp(DefinitionKind.REPORT);
        List<IndicatorDefinition> against = indicators.all();
        Set<String> existing = ecosystems.codes();
        Loaded now = loaded;
        if (now == null
                || !now.stamp().equals(stamp)
                || now.checkedAgainst() != against
                || !now.ecosystems().equals(existing)) {
            now = load(stamp, against, existing);
            loaded = now;
        }
        return now;
    }

    /** Checks a report text against the indicators in force and the ecosystems that exist. */
    ReportDefinitionFile checkAgainstIndicators(ReportDefinitionFile candidate) {
        List<IndicatorDefinition> against = indicators.all();
        return ReportCatalogCheck.check(List.of(candidate), () -> against, ecosystems.codes())
                .files()
                .get(0);
    }

    private Loaded load(String stamp, List<IndicatorDefinition> against, Set<String> existing) {
        List<DefinitionVersion> newest = versions.newest(DefinitionKind.REPORT);
        Map<String, DefinitionVersion> byLabel =
                newest.stream().collect(Collectors.toMap(DefinitionVersion::label, Function.identity()));
        List<ReportDefinitionFile> read = newest.stream()
                .map(v -> reading.report(v.label(), v.yaml(), Optional.of(v.code())))
                .toList();
        Map<String, ReportDefinitionFile> readByLabel =
                read.stream().collect(Collectors.toMap(ReportDefinitionFile::source, Function.identity()));
        ReportCatalogCheck.CheckedReports checked =
                ReportCatalogCheck.check(read, () -> against, existing, DefinitionProblem.Severity.WARNING);
        List<StoredDefinition<ReportDefinitionFile>> stored = checked.files().stream()
                .map(file -> new StoredDefinition<>(
                        byLabel.get(file.source()), readByLabel.get(file.source()), file, file.problems()))
                .sorted(Comparator.comparing(s -> s.version().code()))
                .toList();
        stored.forEach(s -> s.problems().forEach(p -> {
            if (p.severity() == DefinitionProblem.Severity.ERROR) {
                LOG.error("{} (left out)", p.describe());
            } else {
                LOG.info("{}", p.describe());
            }
        }));
        LOG.info(
                "{} report definitions in force, of {} stored",
                checked.definitions().size(),
                stored.size());
        return new Loaded(stamp, against, existing, stored, checked.definitions());
    }
}
