package fi.mittari.response.benchmark;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bare HTTP baseline: the JDK's own HTTP server doing what the API does for a submission with nothing of a
 * framework around it. It checks the bearer token as Mittari's security does at its core (HS256 only, Nimbus's HMAC
 * check, not expired, already valid), reads the body with the application's JSON mapper (the same serde), writes the
 * rows with {@link BareResponseWrite} and answers 201 with the stored response's id only after the commit. What it
 * leaves out is what the comparison measures: routing, filters, reactive streams, validation, the session check of
 * the staff account and the service's own rules.
 */
public final class BareHttpService implements AutoCloseable {

    static {
        // The JDK's server writes an answer's headers and body apart; with Nagle's algorithm on its sockets the body
        // then waits for the client's delayed acknowledgement (40 ms), which no real service would put up with.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final Argument<Map<String, Map<String, Object>>> BODY =
            Argument.mapOf(Argument.STRING, Argument.mapOf(String.class, Object.class));

    private final HttpServer server;
    private final ExecutorService workers;
    private final MACVerifier tokens;
    private final JsonMapper json;
    private final BareResponseWrite writer;
    private final CampaignRows.CampaignIds campaign;

    /** Listens on a free local port for submissions into {@code campaign}, accepting tokens signed with the key. */
    public BareHttpService(
            byte[] signingKey, JsonMapper json, BareResponseWrite writer, CampaignRows.CampaignIds campaign)
            throws IOException, JOSEException {
        this.tokens = new MACVerifier(signingKey);
        this.json = json;
        this.writer = writer;
        this.campaign = campaign;
        AtomicLong named = new AtomicLong();
        // Blocking work on a pool of its own, as the API runs on Micronaut's blocking executor.
        this.workers = Executors.newCachedThreadPool(task -> new Thread(task, "bare-http-" + named.incrementAndGet()));
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/responses", this::submit);
        server.setExecutor(workers);
        server.start();
    }

    /** Where the service listens; requests go to {@code /responses}. */
    public URL url() throws MalformedURLException {
        return new URL("http", "127.0.0.1", server.getAddress().getPort(), "/");
    }

    private void submit(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())
                    || !authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Map<String, Map<String, Object>> body =
                    json.readValue(exchange.getRequestBody().readAllBytes(), BODY);
            String key = UUID.randomUUID().toString();
            long id = writer.write(campaign, key, body.getOrDefault("answers", Map.of()));
            answer(exchange, 201, json.writeValueAsBytes(Map.of("id", id, "submissionId", key, "repeated", false)));
        } catch (Exception e) {
            // The load driver counts this as a write not acknowledged; the cause is for whoever reads the log.
            e.printStackTrace();
            answer(exchange, 500, "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A bearer token signed with HS256 by the key, with an expiry in the future and no not-before in the future. */
    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        try {
            SignedJWT token = SignedJWT.parse(header.substring("Bearer ".length()));
            if (!JWSAlgorithm.HS256.equals(token.getHeader().getAlgorithm()) || !token.verify(tokens)) {
                return false;
            }
            JWTClaimsSet claims = token.getJWTClaimsSet();
            Date now = new Date();
            return claims.getExpirationTime() != null
                    && claims.getExpirationTime().after(now)
                    && (claims.getNotBeforeTime() == null
                            || !claims.getNotBeforeTime().after(now));
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
