package fi.mittari.questionnaire;

import fi.mittari.Sha256;
import fi.mittari.questionnaire.persistence.QuestionnaireVersionRepository;
import fi.mittari.questionnaire.persistence.QuestionnaireVersionRow;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questionnaires Mittari knows: stores each distinct definition once as an immutable numbered version and finds
 * versions by id or key. Versions never change once stored, so their parsed form is cached for the life of the
 * process; only the choices a version takes from a code list follow the list (ADR 0022), so a cached version is read
 * again when the code lists are no longer those it was read with.
 */
@Singleton
public class QuestionnaireCatalog {

    private final QuestionnaireVersionRepository versions;
    private final CodeListSource codeLists;
    private final Clock clock;
    private final Map<Long, Parsed> parsedVersions = new ConcurrentHashMap<>();

    QuestionnaireCatalog(QuestionnaireVersionRepository versions, CodeListSource codeLists, Clock clock) {
        this.versions = versions;
        this.codeLists = codeLists;
        this.clock = clock;
    }

    /** A version as read with the code lists of that moment. */
    private record Parsed(CodeListSnapshot codeLists, StoredQuestionnaire stored) {}

    /** A reader with the code lists as they are now: every read and check takes the lists' current entries. */
    private QuestionnaireYamlReader reader() {
        return new QuestionnaireYamlReader(codeLists.current());
    }

    /** Checks a definition without storing it. */
    public DefinitionResult validate(String source, String yaml) {
        return reader().read(source, yaml);
    }

    /**
     * Stores the definition as a new version unless the latest version of its key has the same content. This publishes
     * at once, without reviewing changes: for definitions already reviewed elsewhere (tests, the demo).
     */
    public synchronized LoadOutcome load(String source, String yaml) {
        DefinitionResult result = reader().read(source, yaml);
        if (!(result instanceof DefinitionResult.Accepted accepted)) {
            return new LoadOutcome.Rejected(result.problems());
        }
        Optional<StoredQuestionnaire> unchanged =
                sameAsLatest(accepted.questionnaire().key(), source, yaml);
        if (unchanged.isPresent()) {
            return new LoadOutcome.Unchanged(unchanged.get(), result.problems());
        }
        return new LoadOutcome.VersionCreated(store(accepted.questionnaire(), source, yaml, null), result.problems());
    }

    /**
     * The stored version this text would duplicate: the latest version, or the latest read from the same file. The
     * second matters when staff publish from the designer a version of a questionnaire that also has a file: the
     * unchanged file must not then be loaded again over their version at the next start.
     */
    synchronized Optional<StoredQuestionnaire> sameAsLatest(String key, String source, String yaml) {
        String hash = Sha256.hex(yaml.getBytes(StandardCharsets.UTF_8));
        return versions.findFirstByQuestionnaireKeyOrderByVersionNumberDesc(key)
                .filter(row -> row.contentHash().equals(hash))
                .or(() -> versions.findFirstByQuestionnaireKeyAndSourceNameOrderByVersionNumberDesc(key, source)
                        .filter(row -> row.contentHash().equals(hash)))
                .map(row -> parse(row, codeLists.current()));
    }

    /**
     * Freezes a read definition as the next numbered version of its questionnaire. {@code publishedBy} is null for a
     * file loaded at start-up, which no one published.
     */
    synchronized StoredQuestionnaire store(
            Questionnaire questionnaire, String source, String yaml, String publishedBy) {
        String key = questionnaire.key();
        int number = versions.findFirstByQuestionnaireKeyOrderByVersionNumberDesc(key)
                .map(row -> row.versionNumber() + 1)
                .orElse(1);
        String hash = Sha256.hex(yaml.getBytes(StandardCharsets.UTF_8));
        QuestionnaireVersionRow saved = versions.save(
                new QuestionnaireVersionRow(null, key, number, hash, source, yaml, clock.instant(), publishedBy));
        return toStored(saved, questionnaire);
    }

    /** Reads a definition: the one reader every path (files, API, designer) goes through. */
    DefinitionResult read(String source, String yaml) {
        return reader().read(source, yaml);
    }

    QuestionnaireYamlReader.DeclaredKey declaredKey(String source, String yaml) {
        return new QuestionnaireYamlReader().declaredKey(source, yaml);
    }

    /** Every version of a questionnaire, oldest first, with who published it and when. */
    public List<VersionInfo> history(String key) {
        return versions.findByQuestionnaireKeyOrderByVersionNumber(key).stream()
                .map(row -> new VersionInfo(
                        row.id(),
                        row.versionNumber(),
                        row.contentHash(),
                        row.sourceName(),
                        row.publishedBy() == null ? "" : row.publishedBy(),
                        row.createdAt()))
                .toList();
    }

    /** A version's history entry; {@code publishedBy} is "" for versions loaded from a file. */
    public record VersionInfo(
            long versionId,
            int versionNumber,
            String contentHash,
            String source,
            String publishedBy,
            java.time.Instant publishedAt) {}

    /** The ids of every stored version, of every questionnaire. */
    public List<Long> versionIds() {
        return versions.findAllIds();
    }

    public Optional<StoredQuestionnaire> version(long versionId) {
        CodeListSnapshot now = codeLists.current();
        Parsed cached = parsedVersions.get(versionId);
        if (cached != null && cached.codeLists().equals(now)) {
            return Optional.of(cached.stored());
        }
        return versions.findById(versionId).map(row -> parse(row, now));
    }

    public Optional<StoredQuestionnaire> version(String key, int versionNumber) {
        return versions.findByQuestionnaireKeyAndVersionNumber(key, versionNumber)
                .map(row -> parse(row, codeLists.current()));
    }

    /** The definition of a version exactly as it was stored (the YAML text read from the file or the API). */
    public Optional<String> definitionText(String key, int versionNumber) {
        return versions.findByQuestionnaireKeyAndVersionNumber(key, versionNumber)
                .map(QuestionnaireVersionRow::definition);
    }

    public Optional<StoredQuestionnaire> latest(String key) {
        return versions.findFirstByQuestionnaireKeyOrderByVersionNumberDesc(key)
                .map(row -> parse(row, codeLists.current()));
    }

    /** The newest version of every questionnaire, ordered by key. */
    public List<StoredQuestionnaire> latestVersions() {
        CodeListSnapshot now = codeLists.current();
        return versions.findLatestOfEachQuestionnaire().stream()
                .map(row -> parse(row, now))
                .toList();
    }

    private StoredQuestionnaire parse(QuestionnaireVersionRow row, CodeListSnapshot now) {
        return parsedVersions
                .compute(row.id(), (id, cached) -> {
                    if (cached != null && cached.codeLists().equals(now)) {
                        return cached;
                    }
                    DefinitionResult result = new QuestionnaireYamlReader(now).read(row.sourceName(), row.definition());
                    if (result instanceof DefinitionResult.Accepted accepted) {
                        return new Parsed(
                                now,
                                new StoredQuestionnaire(
                                        row.id(), row.versionNumber(), row.contentHash(), accepted.questionnaire()));
                    }
                    // A stored version was valid when stored, and code lists are never deleted from; if it no longer
                    // reads, the reader changed incompatibly.
                    throw new IllegalStateException("Stored questionnaire version " + id + " no longer reads: "
                            + result.problems().get(0).describe());
                })
                .stored();
    }

    /**
     * A version just stored, as read: its choices from code lists are those of the lists now, so it is not cached; the
     * next look-up reads it with the lists then.
     */
    private StoredQuestionnaire toStored(QuestionnaireVersionRow row, Questionnaire questionnaire) {
        return new StoredQuestionnaire(row.id(), row.versionNumber(), row.contentHash(), questionnaire);
    }
}
