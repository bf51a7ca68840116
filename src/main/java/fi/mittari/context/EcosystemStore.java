package fi.mittari.context;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the ecosystems are kept (a port: {@link Ecosystems} checks a draft, the adapter in {@code context.persistence}
 * holds every SQL statement on the ecosystem tables).
 */
public interface EcosystemStore {

    /** Every ecosystem, by code. */
    List<Ecosystem> all();

    /** The codes of every ecosystem, in one query. */
    Set<String> codes();

    Optional<Ecosystem> byCode(String code);

    /** Creates the ecosystem, or replaces the names, period and projects or region of the one with its code. */
    void save(Ecosystem ecosystem);

    /** The codes of every project, what an ecosystem's projects are checked against. */
    Set<String> projectCodes();

    /** The codes of the region list, active or not, what an ecosystem's region is checked against. */
    Set<String> regionCodes();
}
