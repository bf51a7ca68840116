package fi.mittari.indicator.engine;

/**
 * A breakdown or filter that means nothing for what a definition measures (responses have no sector of their own,
 * coached participants no event). The definition reader refuses such definitions; the engine skips the breakdown and
 * logs this reason, so a definition that slipped through does not stop the other indicators.
 */
public final class NotApplicable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotApplicable(String reason) {
        super(reason, null, false, false);
    }
}
