package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The change summary before publishing, counted on answers really stored. */
@MicronautTest(transactional = false)
class VersionChangesIntegrationTest {

    private static final String V1 =
            """
            key: sign-in
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Ilmoittautuminen}
            questions:
              - key: sector
                type: single_choice
                label: {fi: Sektori}
                choices:
                  - {value: ngo, label: {fi: Järjestö}}
                  - {value: kela, label: {fi: Kela}}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    OpeningCampaign opening;

    @Inject
    SubmittingResponse submitting;

    @Test
    void eachChangeSaysHowManyStoredAnswersItTouches() {
        catalog.load("sign-in.yaml", V1);
        Campaign campaign = ((OpeningOutcome.Opened) opening.open(new OpenCampaign(
                        "sign-in-" + System.nanoTime(), "sign-in", "Sign-in", Optional.empty(), Optional.empty())))
                .campaign();
        for (String sector : List.of("ngo", "ngo", "kela")) {
            submitting.submit(new Submission(
                    campaign,
                    Language.FI,
                    SubmissionKeys.fresh(),
                    Channel.API,
                    new SubmittedAnswers(Map.of("sector", List.of(sector)))));
        }
        catalog.load(
                "sign-in.yaml",
                V1.replace("{fi: Sektori}", "{fi: \"Mitä sektoria edustat?\"}")
                        .replace("  - {value: kela, label: {fi: Kela}}", "  - {value: company, label: {fi: Yritys}}"));

        var summary = StaffApi.loginAsAdmin(client.toBlocking()).get("/api/questionnaires/sign-in/changes?from=1&to=2");
        assertThat(summary.code()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var changes = (List<Map<String, Object>>) summary.body().get("changes");
        assertThat(changes)
                .extracting(c -> c.get("change") + " " + c.get("question") + " " + c.getOrDefault("choice", "") + " "
                        + c.get("answersTouched"))
                .containsExactly(
                        "question_relabelled sector  3",
                        "choice_added sector company 0",
                        "choice_removed sector kela 1");
    }

    @Test
    void anUnknownVersionIs404() {
        assertThat(StaffApi.loginAsAdmin(client.toBlocking())
                        .get("/api/questionnaires/keko-impact/changes?from=1&to=99")
                        .code())
                .isEqualTo(404);
    }
}
