package fi.mittari.definition;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import fi.mittari.report.definition.LocatedReport;
import fi.mittari.report.definition.ReportDefinitionFile;
import fi.mittari.security.FunderProjects;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Staff edit definitions as questionnaires are edited (docs/adr/0005): one draft per definition, kept even with errors,
 * each problem at its line, checked against the catalog (unknown indicators and breakdowns, ratio operands, cron
 * schedules, recipients); publishing a draft without errors makes it the next immutable version.
 */
@Singleton
public class EditingDefinitions {

    /** Codes appear in addresses; both readers allow no more than this. */
    private static final Pattern USABLE_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final DefinitionVersions versions;
    private final DefinitionDrafts drafts;
    private final DefinitionReading reading;
    private final StoredIndicatorCatalog indicators;
    private final StoredReportCatalog reports;
    private final FunderProjects funders;
    private final Clock clock;
    private final AuditTrail audit;

    EditingDefinitions(
            DefinitionVersions versions,
            DefinitionDrafts drafts,
            DefinitionReading reading,
            StoredIndicatorCatalog indicators,
            StoredReportCatalog reports,
            FunderProjects funders,
            Clock clock,
            AuditTrail audit) {
        this.versions = versions;
        this.drafts = drafts;
        this.reading = reading;
        this.indicators = indicators;
        this.reports = reports;
        this.funders = funders;
        this.clock = clock;
        this.audit = audit;
    }

    public Optional<DefinitionDraft> draft(DefinitionKind kind, String code) {
        return drafts.find(kind, code);
    }

    public List<DefinitionDraft> drafts(DefinitionKind kind) {
        return drafts.all(kind);
    }

    /** What the editor opens: the draft, or else the newest version's text. */
    public Optional<String> editableText(DefinitionKind kind, String code) {
        return drafts.find(kind, code).map(DefinitionDraft::yaml).or(() -> versions.newest(kind, code)
                .map(DefinitionVersion::yaml));
    }

    /**
     * Every problem of {@code yaml} as the newest version of {@code code} (empty for a new definition): its own, and
     * those against the other definitions in force. Lines count in {@code yaml}.
     */
    public List<DefinitionProblem> check(DefinitionKind kind, Optional<String> code, String yaml) {
        String source = "draft";
        if (kind == DefinitionKind.INDICATOR) {
            var read = reading.indicator(source, yaml, code);
            if (read.rejected()) {
                return read.problems();
            }
            String own = read.definitions().get(0).definition().code();
            return indicators.checkWithOthers(read, own).problems();
        }
        ReportDefinitionFile read = reading.report(source, yaml, code);
        if (read.hasErrors()) {
            return read.problems();
        }
        ReportDefinitionFile checked = reports.checkAgainstIndicators(read);
        List<DefinitionProblem> problems = new ArrayList<>(checked.problems());
        problems.addAll(unknownFunders(read.reports().get(0)));
        problems.sort(Comparator.comparingInt(DefinitionProblem::line).thenComparingInt(DefinitionProblem::column));
        return problems;
    }

    /** Starts a new definition's draft; its code is the one the text gives. */
    public DraftOutcome create(DefinitionKind kind, String yaml, String user) {
        Optional<String> code = DefinitionEntries.of(kind, yaml).stream()
                .map(DefinitionEntries.Entry::code)
                .filter(c -> USABLE_CODE.matcher(c).matches())
                .findFirst();
        if (code.isEmpty()) {
            List<DefinitionProblem> problems = check(kind, Optional.empty(), yaml);
            return new DraftOutcome.NoUsableCode(problems);
        }
        if (versions.newest(kind, code.get()).isPresent()
                || drafts.find(kind, code.get()).isPresent()) {
            return new DraftOutcome.CodeTaken(code.get());
        }
        drafts.save(new DefinitionDraft(kind, code.get(), yaml, user, clock.instant()));
        audit.record(user, new AuditEvent.DefinitionChanged(kind.code(), code.get(), AuditEvent.Change.SAVED));
        return new DraftOutcome.Saved(code.get());
    }

    /** Saves the draft of an existing definition (or of a draft not yet published). */
    @Transactional
    public DraftOutcome save(DefinitionKind kind, String code, String yaml, String user) {
        drafts.save(new DefinitionDraft(kind, code, yaml, user, clock.instant()));
        audit.record(user, new AuditEvent.DefinitionChanged(kind.code(), code, AuditEvent.Change.SAVED));
        return new DraftOutcome.Saved(code);
    }

    public boolean exists(DefinitionKind kind, String code) {
        return versions.newest(kind, code).isPresent()
                || drafts.find(kind, code).isPresent();
    }

    @Transactional
    public void discard(DefinitionKind kind, String code) {
        drafts.delete(kind, code);
        audit.record(new AuditEvent.DefinitionChanged(kind.code(), code, AuditEvent.Change.DISCARDED));
    }

    /** Publishes the draft as the next version, unless it has an error. */
    @Transactional
    public PublishOutcome publish(DefinitionKind kind, String code, String user) {
        Optional<DefinitionDraft> draft = drafts.find(kind, code);
        if (draft.isEmpty()) {
            return new PublishOutcome.NoDraft();
        }
        String yaml = draft.get().yaml();
        List<DefinitionProblem> problems = check(kind, Optional.of(code), yaml);
        if (problems.stream().anyMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR)) {
            return new PublishOutcome.HasErrors(problems);
        }
        Optional<DefinitionVersion> newest = versions.newest(kind, code);
        if (newest.isPresent() && newest.get().sha256().equals(DefinitionVersions.sha256(yaml))) {
            drafts.delete(kind, code);
            return new PublishOutcome.Unchanged(newest.get());
        }
        DefinitionVersion added = versions.add(
                newest.map(DefinitionVersion::versionNumber).orElse(0),
                kind,
                code,
                yaml,
                DefinitionSource.BROWSER,
                Optional.empty(),
                clock.instant(),
                Optional.of(user));
        drafts.delete(kind, code);
        audit.record(user, new AuditEvent.DefinitionChanged(kind.code(), code, AuditEvent.Change.PUBLISHED));
        return new PublishOutcome.Published(added);
    }

    /** A funder account that does not exist yet is worth a warning, not a refusal: it may be created later. */
    private List<DefinitionProblem> unknownFunders(LocatedReport report) {
        Set<String> known = funders.funderAccounts();
        List<DefinitionProblem> problems = new ArrayList<>();
        List<String> named = report.definition().recipients().funderAccounts();
        for (int i = 0; i < named.size(); i++) {
            if (!known.contains(named.get(i))) {
                LocatedReport.Place at = report.at("recipients.funders[" + i + "]");
                problems.add(new DefinitionProblem(
                        report.definition().sourceName(),
                        at.line(),
                        at.column(),
                        report.pathOf("recipients.funders[" + i + "]"),
                        "there is no FUNDER account '" + named.get(i) + "'; it sees the report once an account of"
                                + " that name exists",
                        DefinitionProblem.Severity.WARNING));
            }
        }
        return problems;
    }
}
