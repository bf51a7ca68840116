package fi.mittari.context;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The ecosystems staff define, with their projects or region, kept in an {@link EcosystemStore}. */
@Singleton
public class Ecosystems {

    private final EcosystemStore store;

    Ecosystems(EcosystemStore store) {
        this.store = store;
    }

    /** Every ecosystem, by code. */
    public List<Ecosystem> all() {
        return store.all();
    }

    /** The codes of every ecosystem, in one query (what report definitions are checked against). */
    public Set<String> codes() {
        return store.codes();
    }

    public Optional<Ecosystem> byCode(String code) {
        return store.byCode(code);
    }

    /** Checks the draft and, when it is right, creates the ecosystem or replaces the one with its code. */
    @Transactional
    public Recorded<Ecosystem> save(EcosystemDraft draft) {
        Recorded<Ecosystem> checked = draft.check(store.projectCodes(), store.regionCodes());
        if (checked instanceof Recorded.Saved<Ecosystem> saved) {
            save(saved.value());
        }
        return checked;
    }

    /** Creates the ecosystem, or replaces the names, period and projects or region of the one with its code. */
    public void save(Ecosystem ecosystem) {
        store.save(ecosystem);
    }
}
