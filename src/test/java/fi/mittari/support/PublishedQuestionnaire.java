package fi.mittari.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.util.Map;

/** Questionnaires published over the API for tests that need answers to count. */
public final class PublishedQuestionnaire {

    /** A yes/no question {@code useful} and a rating {@code grade} from 1 to 5; {@code %s} is the key. */
    public static final String FEEDBACK =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Palaute}
            questions:
              - key: useful
                type: yes_no
                label: {fi: "Oliko hyödyllinen?"}
              - key: grade
                type: rating
                min: 1
                max: 5
                label: {fi: Arvosana}
            """;

    private PublishedQuestionnaire() {}

    /**
     * Publishes {@code yaml} ({@code %s} its key) under a new key starting with {@code prefix} and opens a campaign of
     * it, for respondents to answer at /s/ and the returned key.
     */
    public static String openForRespondents(StaffApi staff, String prefix, String yaml, String title) {
        String slug = prefix + Long.toString(System.nanoTime(), 36);
        publish(staff, slug, yaml);
        staff.openCampaign(slug, slug, title);
        return slug;
    }

    /** Saves {@code yaml} as questionnaire {@code key}'s draft and publishes it as version 1. */
    public static void publish(StaffApi staff, String key, String yaml) {
        assertThat(staff.send(HttpRequest.POST("/api/questionnaires", yaml.formatted(key))
                                .contentType(MediaType.TEXT_PLAIN_TYPE))
                        .code())
                .isEqualTo(201);
        assertThat(staff.post("/api/questionnaires/" + key + "/draft/publish", Map.of("confirm", false))
                        .code())
                .isEqualTo(201);
    }
}
