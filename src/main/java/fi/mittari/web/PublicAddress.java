package fi.mittari.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where respondents reach Mittari ({@code MITTARI_PUBLIC_URL}): links sent to people (invitations, resume links, QR
 * codes) are made from it. Unset, a link is made from a request only when it came through a trusted proxy
 * ({@link TrustedProxies}); otherwise there is no link to make, and the staff page says what to set. A link made from
 * a stranger's Host header would send respondents wherever that stranger wrote.
 *
 * <p>Created at start-up, so the log warns at once when the address is unset or points to this machine.
 */
@Context
public class PublicAddress {

    private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    private final Optional<LinkBase> configured;
    private final TrustedProxies proxies;

    PublicAddress(PublicAddressSettings settings, TrustedProxies proxies) {
        String publicUrl = settings.publicUrl();
        this.configured = publicUrl.isBlank() ? Optional.empty() : Optional.of(parse(publicUrl.strip()));
        this.proxies = proxies;
        startupWarning().ifPresent(LOG::warn);
    }

    /** An address links are made from: "https://kysely.example.fi" or with a path, without the last "/". */
    public record LinkBase(String url) {

        /** The absolute link to {@code path} (which starts with "/"). */
        public String of(String path) {
            return url + path;
        }
    }

    /** The address set in {@code MITTARI_PUBLIC_URL}, if any. */
    public Optional<LinkBase> configured() {
        return configured;
    }

    /**
     * The absolute link to {@code path} from {@code MITTARI_PUBLIC_URL}, for work without a request (a job, a mail).
     *
     * @throws PublicAddressUnknown when it is not set
     */
    public String of(String path) {
        return configured.orElseThrow(PublicAddressUnknown::new).of(path);
    }

    /** Where links sent to people point, as staff ask for them in {@code request}; empty: say what to set. */
    public Optional<LinkBase> forLinks(HttpRequest<?> request) {
        return configured.or(() -> proxies.forwarded(request) ? tryParse(proxies.origin(request)) : Optional.empty());
    }

    /**
     * Where a respondent's own resume link points. Without a public address it is the address their browser has just
     * used: shown only to them on a page that is not cached, it leads nobody else anywhere, and refusing it would
     * lose their place in the form. A Host header that is no address at all leaves the link relative.
     */
    public LinkBase forRespondent(HttpRequest<?> request) {
        return configured.orElseGet(() -> tryParse(proxies.origin(request)).orElse(new LinkBase("")));
    }

    /**
     * What the staff pages' banner says for {@code request}: nothing while links can reach people, or while the page
     * itself is opened on this machine (a trial at localhost).
     */
    public Optional<Banner> banner(HttpRequest<?> request) {
        String seen = proxies.origin(request);
        if (isLoopback(seen)) {
            return Optional.empty();
        }
        if (configured.isEmpty()) {
            return Optional.of(new Banner("common.publicAddress.unset", "", seen));
        }
        return isLoopback(configured.get().url())
                ? Optional.of(new Banner(
                        "common.publicAddress.local", configured.get().url(), seen))
                : Optional.empty();
    }

    /**
     * The staff banner: a message key of the common bundle, with the configured address ({0}) and the address the page
     * was opened at ({1}).
     */
    public record Banner(String messageKey, String configured, String seen) {}

    Optional<String> startupWarning() {
        if (configured.isEmpty()) {
            return Optional.of(
                    "MITTARI_PUBLIC_URL is not set: invitation links, resume links and QR codes are made only"
                            + " for requests through a trusted proxy (MITTARI_TRUSTED_PROXIES) and refused otherwise. Set it to"
                            + " the address respondents use, e.g. https://kysely.example.fi");
        }
        if (isLoopback(configured.get().url())) {
            return Optional.of("MITTARI_PUBLIC_URL is " + configured.get().url() + ": links sent to respondents work"
                    + " only on this machine. Set it to the address respondents use, e.g. https://kysely.example.fi");
        }
        return Optional.empty();
    }

    static boolean isLoopback(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null || LOOPBACK_HOSTS.contains(host.toLowerCase(Locale.ROOT)) || host.startsWith("127.");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<LinkBase> tryParse(String url) {
        try {
            return Optional.of(parse(url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An absolute http(s) address without query or fragment; anything else stops the start with the reason. */
    static LinkBase parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "MITTARI_PUBLIC_URL \"" + url + "\" is not an address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("MITTARI_PUBLIC_URL \"" + url
                    + "\" must be an http:// or https:// address with a host, e.g. https://kysely.example.fi");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "MITTARI_PUBLIC_URL \"" + url + "\" may have a path but no ?query or #fragment");
        }
        return new LinkBase(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
