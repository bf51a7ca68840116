package fi.mittari.definition;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorCatalogCheck;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.IndicatorFile;
import fi.mittari.yaml.DefinitionProblem;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indicator definitions in force: the newest version of each code, checked together (codes unique, ratio operands
 * defined, no cycles); a version with an error is left out and its problems logged. Read again whenever a version is
 * added, on this instance or another.
 */
@Singleton
public class StoredIndicatorCatalog implements IndicatorCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(StoredIndicatorCatalog.class);

    private final DefinitionVersions versions;
    private final DefinitionReading reading;
    private final DefinitionFiles files;
    private volatile Loaded loaded;

    /** The newest versions as read and checked, with the definitions in force. */
    public record Loaded(String stamp, List<StoredDefinition<IndicatorFile>> stored, List<IndicatorDefinition> all) {

        public Optional<StoredDefinition<IndicatorFile>> byCode(String code) {
            return stored.stream().filter(s -> s.version().code().equals(code)).findFirst();
        }
    }

    StoredIndicatorCatalog(DefinitionVersions versions, DefinitionReading reading, DefinitionFiles files) {
        this.versions = versions;
        this.reading = reading;
        this.files = files;
    }

    @Override
    public List<IndicatorDefinition> all() {
        return current().all();
    }

    /** Every code's newest version with its problems (those with errors contribute no definition). */
    public Loaded current() {
        files.ensureImported();
        String stamp = versions.stamp(DefinitionKind.INDICATOR);
        Loaded now = loaded;
        if (now == null || !now.stamp().equals(stamp)) {
            now = load(stamp);
            loaded = now;
        }
        return now;
    }

    /** Checks {@code candidate} as the newest version of its code among the others in force. */
    IndicatorFile checkWithOthers(IndicatorFile candidate, String code) {
        List<IndicatorFile> all = new java.util.ArrayList<>(current().stored().stream()
                .filter(s -> !s.version().code().equals(code))
                .map(StoredDefinition::read)
                .toList());
        all.add(candidate);
        return IndicatorCatalogCheck.check(all).files().stream()
                .filter(f -> f.source().equals(candidate.source()))
                .findFirst()
                .orElse(candidate);
    }

    private Loaded load(String stamp) {
        List<DefinitionVersion> newest = versions.newest(DefinitionKind.INDICATOR);
        Map<String, DefinitionVersion> byLabel =
                newest.stream().collect(Collectors.toMap(DefinitionVersion::label, Function.identity()));
        List<IndicatorFile> read = newest.stream()
                .map(v -> reading.indicator(v.label(), v.yaml(), Optional.of(v.code())))
                .toList();
        IndicatorCatalogCheck.CheckedCatalog checked = IndicatorCatalogCheck.check(read);
        Map<String, IndicatorFile> readByLabel =
                read.stream().collect(Collectors.toMap(IndicatorFile::source, Function.identity()));
        List<StoredDefinition<IndicatorFile>> stored = checked.files().stream()
                .map(file -> new StoredDefinition<>(
                        byLabel.get(file.source()), readByLabel.get(file.source()), file, file.problems()))
                .sorted(java.util.Comparator.comparing(s -> s.version().code()))
                .toList();
        stored.forEach(s -> s.problems().forEach(p -> {
            if (p.severity() == DefinitionProblem.Severity.ERROR) {
                LOG.error("{}", p.describe());
            } else {
                LOG.debug("{}", p.describe());
            }
        }));
        LOG.info(
                "{} indicator definitions in force, of {} stored",
                checked.definitions().size(),
                stored.size());
        return new Loaded(stamp, stored, checked.definitions());
    }
}
