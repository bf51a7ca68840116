package fi.mittari.questionnaire;

import fi.mittari.Sha256;
import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import fi.mittari.questionnaire.persistence.QuestionnaireDraftRepository;
import fi.mittari.questionnaire.persistence.QuestionnaireDraftRow;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Drafting and publishing questionnaires. A questionnaire has at most one draft, which staff save as often as they
 * like (errors and all); publishing freezes it into the next immutable version after reviewing it against the live
 * version, and refuses — unless confirmed — a change that would leave stored answers pointing at a removed or
 * retyped question or a removed choice. Answers are never rewritten: they keep pointing at the version they answered.
 */
@Singleton
public class QuestionnaireDrafts {

    /** The source name of versions published from a draft saved over the API or in the designer. */
    static final String DESIGNER_SOURCE = "designer";

    private final QuestionnaireDraftRepository drafts;
    private final QuestionnaireCatalog catalog;
    private final AnswerCounting answers;
    private final Clock clock;
    private final AuditTrail audit;

    QuestionnaireDrafts(
            QuestionnaireDraftRepository drafts,
            QuestionnaireCatalog catalog,
            AnswerCounting answers,
            Clock clock,
            AuditTrail audit) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.answers = answers;
        this.clock = clock;
        this.audit = audit;
    }

    /** Starts a new questionnaire from a definition; its key must not be in use by a version or a draft. */
    public DraftSaveOutcome create(String definition, String user) {
        var declared = catalog.declaredKey(DESIGNER_SOURCE, definition);
        if (declared.key().isEmpty()) {
            return new DraftSaveOutcome.NoUsableKey(declared.problems());
        }
        String key = declared.key().get();
        if (catalog.latest(key).isPresent()
                || drafts.findByQuestionnaireKey(key).isPresent()) {
            return new DraftSaveOutcome.KeyTaken(key);
        }
        return save(key, definition, user);
    }

    /**
     * Saves the draft of questionnaire {@code key}, creating it if there is none. A text that declares a key must
     * declare this one (a questionnaire cannot be renamed: answers and campaigns are filed under its key).
     */
    @Transactional
    public DraftSaveOutcome save(String key, String definition, String user) {
        // A text that does not even parse is still saved (its problems come with it); only another key is refused.
        var declared = catalog.declaredKey(DESIGNER_SOURCE, definition);
        if (declared.key().isPresent() && !declared.key().get().equals(key)) {
            return new DraftSaveOutcome.NoUsableKey(List.of(new DefinitionProblem(
                    DESIGNER_SOURCE,
                    lineOfKey(definition),
                    1,
                    "key",
                    "key '" + declared.key().get() + "' differs from this questionnaire's key '" + key
                            + "'; a key cannot change (start a new questionnaire instead)",
                    DefinitionProblem.Severity.ERROR)));
        }
        Upserted saved = upsert(key, Optional.empty(), definition, user);
        audit.record(user, new AuditEvent.QuestionnaireChanged(key, AuditEvent.Change.SAVED, ""));
        return new DraftSaveOutcome.Saved(toDraft(saved.row()), saved.created());
    }

    public Optional<Draft> draft(String key) {
        return drafts.findByQuestionnaireKey(key).map(this::toDraft);
    }

    public List<Draft> all() {
        return drafts.findAllOrderByQuestionnaireKey().stream()
                .map(this::toDraft)
                .toList();
    }

    /** The text to edit: the draft if there is one, else the live version's definition. */
    public Optional<String> editableText(String key) {
        return drafts.findByQuestionnaireKey(key)
                .map(QuestionnaireDraftRow::definition)
                .or(() -> catalog.latest(key).flatMap(live -> catalog.definitionText(key, live.versionNumber())));
    }

    @Transactional
    public boolean discard(String key) {
        boolean existed = drafts.findByQuestionnaireKey(key).isPresent();
        drafts.deleteByQuestionnaireKey(key);
        if (existed) {
            audit.record(new AuditEvent.QuestionnaireChanged(key, AuditEvent.Change.DISCARDED, ""));
        }
        return existed;
    }

    /** What publishing the draft would change, with the answers each change touches; empty without a usable draft. */
    public Optional<ChangeReview> review(String key) {
        return draft(key)
                .filter(Draft::publishable)
                .map(draft -> review(key, ((DefinitionResult.Accepted) draft.read()).questionnaire()));
    }

    /** Publishes the draft as the next version; {@code confirmed} accepts changes that touch stored answers. */
    @Transactional
    public PublishOutcome publish(String key, boolean confirmed, String user) {
        Optional<Draft> found = draft(key);
        if (found.isEmpty()) {
            return new PublishOutcome.NoDraft(key);
        }
        Draft draft = found.get();
        if (!(draft.read() instanceof DefinitionResult.Accepted accepted)) {
            return new PublishOutcome.Invalid(draft.read().problems());
        }
        synchronized (catalog) {
            String hash = Sha256.hex(draft.definition().getBytes(StandardCharsets.UTF_8));
            Optional<StoredQuestionnaire> same =
                    catalog.latest(key).filter(live -> live.contentHash().equals(hash));
            if (same.isPresent()) {
                drafts.deleteByQuestionnaireKey(key);
                return new PublishOutcome.Unchanged(same.get());
            }
            ChangeReview review = review(key, accepted.questionnaire());
            if (review.needsConfirmation() && !confirmed) {
                return new PublishOutcome.NeedsConfirmation(review);
            }
            StoredQuestionnaire version =
                    catalog.store(accepted.questionnaire(), draft.sourceName(), draft.definition(), user);
            drafts.deleteByQuestionnaireKey(key);
            audit.record(
                    user,
                    new AuditEvent.QuestionnaireChanged(
                            key, AuditEvent.Change.PUBLISHED, "version " + version.versionNumber()));
            return new PublishOutcome.Published(version, review);
        }
    }

    /**
     * Loads a questionnaire file: unchanged files store nothing; a changed file is published at once unless it touches
     * stored answers, in which case it becomes the draft (replacing any draft) for staff to review and publish.
     */
    @Transactional
    public LoadOutcome loadFile(String source, String definition) {
        DefinitionResult read = catalog.read(source, definition);
        if (!(read instanceof DefinitionResult.Accepted accepted)) {
            return new LoadOutcome.Rejected(read.problems());
        }
        String key = accepted.questionnaire().key();
        synchronized (catalog) {
            Optional<StoredQuestionnaire> same = catalog.sameAsLatest(key, source, definition);
            if (same.isPresent()) {
                return new LoadOutcome.Unchanged(same.get(), read.problems());
            }
            ChangeReview review = review(key, accepted.questionnaire());
            if (review.needsConfirmation()) {
                QuestionnaireDraftRow saved = upsert(key, Optional.of(source), definition, "surveys/" + source)
                        .row();
                return new LoadOutcome.HeldAsDraft(toDraft(saved), review, read.problems());
            }
            return new LoadOutcome.VersionCreated(
                    catalog.store(accepted.questionnaire(), source, definition, null), read.problems());
        }
    }

    /**
     * Saves the draft of {@code key}, replacing any; {@code source} names where the text came from (a file), else the
     * draft keeps its source (the designer for a new draft).
     */
    private Upserted upsert(String key, Optional<String> source, String definition, String user) {
        Optional<QuestionnaireDraftRow> existing = drafts.findByQuestionnaireKey(key);
        var row = new QuestionnaireDraftRow(
                existing.map(QuestionnaireDraftRow::id).orElse(null),
                key,
                source.or(() -> existing.map(QuestionnaireDraftRow::sourceName)).orElse(DESIGNER_SOURCE),
                definition,
                user,
                clock.instant());
        return existing.isPresent() ? new Upserted(drafts.update(row), false) : new Upserted(drafts.save(row), true);
    }

    private record Upserted(QuestionnaireDraftRow row, boolean created) {}

    private ChangeReview review(String key, Questionnaire draft) {
        Optional<StoredQuestionnaire> live = catalog.latest(key);
        return ChangeReview.of(live, draft, live.isPresent() ? answers.tally(key) : AnswerTally.NONE);
    }

    private Draft toDraft(QuestionnaireDraftRow row) {
        return new Draft(
                row.questionnaireKey(),
                row.sourceName(),
                row.definition(),
                row.updatedBy(),
                row.updatedAt(),
                catalog.read(row.sourceName(), row.definition()));
    }

    /** The line of the top-level "key:", so that a wrong key is reported where it is written. */
    private static int lineOfKey(@Nullable String definition) {
        String[] lines = definition == null ? new String[0] : definition.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("key:")) {
                return i + 1;
            }
        }
        return 1;
    }
}
