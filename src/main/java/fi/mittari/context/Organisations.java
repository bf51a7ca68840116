package fi.mittari.context;

import fi.mittari.context.ContextRules.OrganisationFields;
import fi.mittari.context.Drafts.OrganisationDraft;
import fi.mittari.context.persistence.OrganisationRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The organisations that take part in events, each under one unique name. */
@Singleton
public class Organisations {

    private final OrganisationRepository organisations;
    private final CodeLists codes;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, CodeLists codes, Clock clock) {
        this.organisations = organisations;
        this.codes = codes;
        this.clock = clock;
    }

    public List<Organisation> all() {
        return organisations.findAllOrderByName();
    }

    public Optional<Organisation> byId(long id) {
        return organisations.findById(id);
    }

    @Transactional
    public Recorded<Organisation> create(OrganisationDraft draft) {
        return record(null, draft);
    }

    @Transactional
    public Recorded<Organisation> change(long id, OrganisationDraft draft) {
        Optional<Organisation> existing = organisations.findById(id);
        if (existing.isEmpty()) {
            return new Recorded.Missing<>("No organisation with id " + id);
        }
        return record(existing.get(), draft);
    }

    private Recorded<Organisation> record(Organisation existing, OrganisationDraft draft) {
        Fields fields = new Fields(codes);
        OrganisationFields checked = ContextRules.organisation(draft, fields);
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        Optional<Organisation> sameName = organisations.findByName(checked.name());
        if (sameName.isPresent() && (existing == null || !sameName.get().id().equals(existing.id()))) {
            return new Recorded.Taken<>(new FieldProblem(
                    "name", "'" + checked.name() + "' is already an organisation", "taken", List.of(checked.name())));
        }
        Organisation organisation = new Organisation(
                existing == null ? null : existing.id(),
                checked.name(),
                checked.sector().get(),
                checked.region().orElse(null),
                existing == null ? clock.instant() : existing.createdAt());
        return new Recorded.Saved<>(
                existing == null ? organisations.save(organisation) : organisations.update(organisation));
    }
}
