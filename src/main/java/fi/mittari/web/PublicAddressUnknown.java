package fi.mittari.web;

/** A link was to be made without a request while {@code MITTARI_PUBLIC_URL} is unset. */
public class PublicAddressUnknown extends IllegalStateException {

    /** What an API client is told when a link was asked for and none can be made. */
    public static final String API_MESSAGE = "No link can be made: MITTARI_PUBLIC_URL is not set and the request did"
            + " not come through a trusted proxy (MITTARI_TRUSTED_PROXIES). Set MITTARI_PUBLIC_URL to the address"
            + " respondents use, e.g. https://kysely.example.fi";

    private static final long serialVersionUID = 1L;

    PublicAddressUnknown() {
        super("MITTARI_PUBLIC_URL is not set: no link to respondents can be made without a request"
                + " (see docs/operations.md, Public address)");
    }
}
