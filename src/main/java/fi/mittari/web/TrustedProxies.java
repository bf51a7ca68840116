package fi.mittari.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The reverse proxies ({@code MITTARI_TRUSTED_PROXIES}: addresses and CIDR blocks, comma-separated) whose forwarded
 * headers (Forwarded, X-Forwarded-Host/-Proto/-Port) Mittari believes. Anyone else can write those headers too, so a
 * request from elsewhere is taken only as it arrived: never a link made from its Host header for someone else to follow.
 */
@Singleton
public class TrustedProxies {

    private final List<AddressRange> ranges;
    private final HttpHostResolver hosts;

    TrustedProxies(PublicAddressSettings settings, HttpHostResolver hosts) {
        this.ranges = parse(settings.trustedProxies());
        this.hosts = hosts;
    }

    static List<AddressRange> parse(String setting) {
        return Arrays.stream(setting.split(","))
                .filter(entry -> !entry.isBlank())
                .map(AddressRange::parse)
                .toList();
    }

    /** Whether {@code request} came straight from one of the trusted proxies. */
    public boolean forwarded(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null
                && remote.getAddress() != null
                && ranges.stream().anyMatch(range -> range.contains(remote.getAddress()));
    }

    /**
     * The address the browser used ("https://kysely.example.fi"), as a trusted proxy forwarded it; for any other
     * request the Host header and the connection's own scheme. Micronaut's resolver reads the forwarded headers.
     */
    String origin(HttpRequest<?> request) {
        if (forwarded(request)) {
            return hosts.resolve(request);
        }
        String host = request.getHeaders().get("Host");
        String scheme = request.isSecure() ? "https" : "http";
        return scheme + "://" + (host == null || host.isBlank() ? "localhost" : host.strip());
    }

    /** Whether the browser reached Mittari over TLS: on this connection, or at a trusted proxy that says so. */
    public boolean overTls(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        if (!forwarded(request)) {
            return false;
        }
        // Micronaut's resolver reads X-Forwarded-Proto only beside X-Forwarded-Host, which a proxy need not send.
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        String forwardedHeader = request.getHeaders().get("Forwarded");
        return "https".equalsIgnoreCase(proto == null ? "" : proto.strip())
                || (forwardedHeader != null
                        && forwardedHeader.toLowerCase(Locale.ROOT).contains("proto=https"))
                || hosts.resolve(request).startsWith("https:");
    }
}
