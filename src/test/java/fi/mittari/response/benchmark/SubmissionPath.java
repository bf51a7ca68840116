package fi.mittari.response.benchmark;

/**
 * The ways the JSON benchmark stores the same response, from the bare write up to the API, each adding one layer to
 * the one before: the differences between neighbours decompose the API's gap to the bare write.
 */
public enum SubmissionPath {
    /** The rows written with JDBC on the load thread, no HTTP. */
    BARE_INSERT("bare insert"),
    /** The JDK's HTTP server: the token's HMAC check, the same serde, the same write ({@link BareHttpService}). */
    BARE_HTTP("bare HTTP"),
    /** Mittari's Micronaut server and filters, the same serde and write, no token sent ({@link BareMicronautEndpoint}). */
    MICRONAUT("Micronaut"),
    /** The same endpoint sent the API's bearer token, which Micronaut's security validates. */
    MICRONAUT_TOKEN("Micronaut + token"),
    /** POST /api/campaigns/{slug}/responses: the service itself. */
    API("API");

    private final String label;

    SubmissionPath(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
