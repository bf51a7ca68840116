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
