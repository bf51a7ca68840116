package fi.mittari.context;

/** Whether a code is an active entry of a code list (region, sector, event_type). */
@FunctionalInterface
public interface CodeLookup {

    /** For fields that name no code list. */
    CodeLookup NONE = (list, code) -> false;

    boolean isActive(String list, String code);
}
