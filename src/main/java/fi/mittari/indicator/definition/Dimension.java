package fi.mittari.indicator.definition;

/**
 * The context a figure can be broken down by or filtered on. Region and sector come from the participation row or, for
 * answers, from the campaign's event; a respondent's own answer to {@code dim.region} or {@code dim.sector} is a
 * {@link Breakdown.ByChoice} instead.
 */
public enum Dimension {
    PROJECT("project"),
    EVENT("event"),
    EVENT_TYPE("event_type"),
    REGION("region"),
    SECTOR("sector");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    /** The name used in definition files, the API and stored results. */
    public String key() {
        return key;
    }
}
