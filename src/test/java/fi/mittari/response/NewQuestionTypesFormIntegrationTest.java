package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.response.persistence.AnswerRepository;
import fi.mittari.response.persistence.AnswerRow;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coaching follow-up sample (surveys/coaching-followup.yaml) as a respondent fills it in. */
@MicronautTest(transactional = false)
class NewQuestionTypesFormIntegrationTest {

    private static final String SLUG = "followup-test";
    private static final String COMPLETE = "q.consent=accepted&q.participant_code=TK-042&q.followup_date=2025-06-30"
            + "&q.employment_status=wage_subsidised&q.hours_per_week=30%2C5&q.work_ability=7&q.coaching_helped=yes";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    ResponseRepository responses;

    @Inject
    AnswerRepository answers;

    @BeforeEach
    void openCampaign() {
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign(SLUG, "coaching-followup", "Seuranta");
    }

    @Test
    void rendersDateNumberYesNoAndConsentFieldsForPhonesAndScreenReaders() {
        String html = new FormWalker(client.toBlocking())
                .pagesUpToSend("/s/" + SLUG + "?lang=sv", COMPLETE).stream()
                        .map(FormWalker.Page::html)
                        .reduce("", String::concat);
        assertThat(html)
                .contains("type=\"date\" id=\"q-followup_date\"")
                .contains("inputmode=\"decimal\"")
                .contains("<span class=\"unit\">timmar i veckan</span>")
                .contains("<label for=\"q-coaching_helped-yes\">Ja</label>")
                .contains("<label for=\"q-consent-accepted\">Jag godkänner</label>")
                .containsPattern("<input type=\"checkbox\" id=\"q-consent-accepted\" name=\"q.consent\"");
    }

    @Test
    void storesNumbersDatesAndChoicesInTheirOwnColumns() {
        long campaignId = campaigns.bySlug(SLUG).orElseThrow().id();
        long before = responses.countByCampaignId(campaignId);
        var thanks = post(COMPLETE);
        assertThat(thanks.html()).contains("Kiitos vastauksestasi");
        assertThat(responses.countByCampaignId(campaignId)).isEqualTo(before + 1);

        var stored = responses.findAll().stream()
                .filter(r -> r.campaignId() == campaignId)
                .reduce((a, b) -> b)
                .orElseThrow();
        List<AnswerRow> rows = answers.findByResponseIdOrderById(stored.id());
        assertThat(rows)
                .extracting(AnswerRow::questionKey)
                .containsExactly(
                        "consent",
                        "participant_code",
                        "followup_date",
                        "employment_status",
                        "hours_per_week",
                        "work_ability",
                        "coaching_helped");
        assertThat(rows.get(2).dateValue()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(rows.get(4).numberValue()).isEqualByComparingTo(new BigDecimal("30.5"));
        assertThat(rows.get(6).choiceValue()).isEqualTo("yes");
    }

    @Test
    void aMissingConsentAndAnOutOfRangeNumberAreExplainedAtTheirFields() {
        var walker = new FormWalker(client.toBlocking());
        var noConsent = walker.fill("/s/" + SLUG, COMPLETE.replace("q.consent=accepted&", ""));
        assertThat(noConsent.status()).isEqualTo(422);
        assertThat(noConsent.html()).contains("Sinun on hyväksyttävä tämä jatkaaksesi.");
        var tooManyHours = walker.fill("/s/" + SLUG, COMPLETE.replace("30%2C5", "90"));
        assertThat(tooManyHours.status()).isEqualTo(422);
        assertThat(tooManyHours.html()).contains("Anna enintään 80.").contains("value=\"90\"");
    }

    @Test
    void hoursAreNotStoredForSomeoneStillSeekingWork() {
        long campaignId = campaigns.bySlug(SLUG).orElseThrow().id();
        var sent = post(COMPLETE.replace("wage_subsidised", "still_seeking").replace("30%2C5", "30"));
        assertThat(sent.pagesSent()).as("the page about work is not shown").doesNotContain("work");
        var stored = responses.findAll().stream()
                .filter(r -> r.campaignId() == campaignId)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(answers.findByResponseIdOrderById(stored.id()))
                .extracting(AnswerRow::questionKey)
                .doesNotContain("hours_per_week")
                .contains("employment_status");
    }

    @Test
    void aFailedConstraintShowsTheAuthorsMessageInTheRespondentsLanguage() {
        var refused =
                new FormWalker(client.toBlocking()).fill("/s/" + SLUG + "?lang=en", COMPLETE.replace("30%2C5", "0"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("If you work, give your working hours a week (more than 0).");
    }

    private FormWalker.Page post(String answers) {
        return new FormWalker(client.toBlocking()).fill("/s/" + SLUG, answers);
    }
}
