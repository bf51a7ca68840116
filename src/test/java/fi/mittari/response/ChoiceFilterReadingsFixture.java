package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.util.Map;

/**
 * The choice filters an XLSForm import writes for what ODK reads leniently: a repeated county name kept as one choice
 * (King in Washington and in Texas), offered wherever either row is kept, and a filter over the choices' English
 * labels while the form speaks Finnish. The first page filters live (same-page answers); the second page is filtered
 * by the server (earlier answers).
 */
final class ChoiceFilterReadingsFixture {

    static final String KEY = "choice-filter-readings";

    static final String YAML =
            """
            key: choice-filter-readings
            defaultLanguage: fi
            languages: [fi, en]
            title: {fi: Piirikunnat, en: Counties}
            choiceLists:
              states:
                - {value: texas, label: {fi: Teksas, en: Texas}}
                - {value: washington, label: {fi: Washington, en: Washington}}
              counties:
                - {value: king, label: {fi: King, en: King}, attributes: {cf: washington}}
                - {value: pierce, label: {fi: Pierce, en: Pierce}, attributes: {cf: washington}}
                - {value: cameron, label: {fi: Cameron, en: Cameron}, attributes: {cf: texas}}
            pages:
              - key: first
                title: {fi: Osavaltio, en: State}
                questions:
                  - key: state
                    type: single_choice
                    label: {fi: "Osavaltio?", en: "State?"}
                    choices: states
                  - key: county
                    type: single_choice
                    choiceFilter: "(state=choice('cf')) or choice('value') = 'king' and (state='texas')"
                    label: {fi: "Piirikunta?", en: "County?"}
                    choices: counties
                  - key: word
                    type: text
                    label: {fi: Osavaltion englanninkielinen nimi, en: English name of the state}
                  - key: by_label
                    type: single_choice
                    choiceFilter: choice('label::en') = word
                    label: {fi: "Sama osavaltio?", en: "The same state?"}
                    choices: states
              - key: second
                title: {fi: Uudelleen, en: Again}
                questions:
                  - key: county_again
                    type: single_choice
                    choiceFilter: "(state=choice('cf')) or choice('value') = 'king' and (state='texas')"
                    label: {fi: "Piirikunta uudelleen?", en: "County again?"}
                    choices: counties
                  - key: by_label_again
                    type: single_choice
                    choiceFilter: choice('label::en') = word
                    label: {fi: "Sama osavaltio uudelleen?", en: "The same state again?"}
                    choices: states
            """;

    private ChoiceFilterReadingsFixture() {}

    static void publishAndOpen(StaffApi staff, String slug) {
        // each test class may share a database where the questionnaire is published already (409, no draft then)
        var created = staff.send(HttpRequest.POST("/api/questionnaires", YAML).contentType(MediaType.TEXT_PLAIN_TYPE));
        assertThat(created.code()).as(String.valueOf(created.body())).isIn(201, 409);
        if (created.code() == 201) {
            var done = staff.post("/api/questionnaires/" + KEY + "/draft/publish", Map.of("confirm", true));
            assertThat(done.code()).as(String.valueOf(done.body())).isLessThan(300);
        }
        staff.openCampaign(slug, KEY, "Piirikunnat");
    }
}
