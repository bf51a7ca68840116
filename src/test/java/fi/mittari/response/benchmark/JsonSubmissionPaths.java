package fi.mittari.response.benchmark;

import fi.mittari.response.benchmark.LoadDriver.LoadRun;
import fi.mittari.support.KeptAliveClient;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends load runs of the same JSON submission down each {@link SubmissionPath}, every HTTP path through a fresh
 * {@link KeptAliveClient} (a connection per load thread, closed after the run), into one campaign.
 */
public final class JsonSubmissionPaths {

    /** The JSON every path stores, in this order. */
    public static final String JSON =
            """
            {"answers": {"new_partners": "yes", "topical_knowledge": "yes", "employment_knowledge": "no",
             "region": "kainuu", "organisation_type": "kela", "usefulness": 8}}""";

    private final LoadDriver driver;
    private final String slug;
    private final CampaignRows.CampaignIds ids;
    private final BareResponseWrite bare;
    private final Map<String, Object> answers;
    private final URL micronaut;
    private final URL bareHttp;
    private final String token;

    /**
     * @param answers {@link #JSON}'s answers as the serde reads them, for the bare insert
     * @param micronaut the application's server; {@code bareHttp} the {@link BareHttpService}'s
     * @param token the staff bearer token the API and the token paths send
     */
    public JsonSubmissionPaths(
            LoadDriver driver,
            String slug,
            CampaignRows.CampaignIds ids,
            BareResponseWrite bare,
            Map<String, Object> answers,
            URL micronaut,
            URL bareHttp,
            String token) {
        this.driver = driver;
        this.slug = slug;
        this.ids = ids;
        this.bare = bare;
        this.answers = answers;
        this.micronaut = micronaut;
        this.bareHttp = bareHttp;
        this.token = token;
    }

    /** One load run of {@code count} submissions down {@code path}, {@code concurrency} at a time. */
    public LoadRun run(SubmissionPath path, int concurrency, int count) throws Exception {
        return switch (path) {
            case BARE_INSERT -> driver.run(
                    concurrency, count, () -> bare.write(ids, UUID.randomUUID().toString(), answers) > 0, slug);
            case BARE_HTTP -> overHttp(bareHttp, "/responses", true, concurrency, count);
            case MICRONAUT -> overHttp(micronaut, bareEndpoint(), false, concurrency, count);
            case MICRONAUT_TOKEN -> overHttp(micronaut, bareEndpoint(), true, concurrency, count);
            case API -> overHttp(micronaut, "/api/campaigns/" + slug + "/responses", true, concurrency, count);
        };
    }

    private String bareEndpoint() {
        return "/bench/bare-responses/" + ids.campaign() + "/" + ids.questionnaireVersion();
    }

    private LoadRun overHttp(URL server, String path, boolean withToken, int concurrency, int count) throws Exception {
        List<String> headers = withToken
                ? List.of("Content-Type: application/json", "Authorization: Bearer " + token)
                : List.of("Content-Type: application/json");
        try (KeptAliveClient client = new KeptAliveClient(server, "POST", path, headers, JSON)) {
            return driver.run(concurrency, count, () -> client.send() == 201, slug);
        }
    }
}
