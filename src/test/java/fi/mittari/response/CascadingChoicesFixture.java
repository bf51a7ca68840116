package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.util.Map;

/**
 * A questionnaire whose municipality depends on the region: on a later page (the server filters) and on the same page
 * (the form's script filters), with the region and the respondent's name shown in a later label.
 */
final class CascadingChoicesFixture {

    static final String KEY = "cascading-test";

    static final String YAML =
            """
            key: cascading-test
            defaultLanguage: fi
            languages: [fi, en]
            title: {fi: Asuinpaikka, en: Where you live}
            choiceLists:
              regions:
                - {value: uusimaa, label: {fi: Uusimaa, en: Uusimaa}}
                - {value: pirkanmaa, label: {fi: Pirkanmaa, en: Pirkanmaa}}
              municipalities:
                - {value: helsinki, label: {fi: Helsinki, en: Helsinki}, attributes: {region: uusimaa}}
                - {value: espoo, label: {fi: Espoo, en: Espoo}, attributes: {region: uusimaa}}
                - {value: tampere, label: {fi: Tampere, en: Tampere}, attributes: {region: pirkanmaa}}
            pages:
              - key: first
                title: {fi: Maakunta, en: Region}
                questions:
                  - key: region
                    type: single_choice
                    required: true
                    label: {fi: "Missä maakunnassa asut?", en: "Which region do you live in?"}
                    choices: regions
                  - key: name
                    type: text
                    label: {fi: Nimesi, en: Your name}
              - key: second
                title: {fi: Kunta, en: Municipality}
                questions:
                  - key: municipality
                    type: single_choice
                    required: true
                    choiceFilter: choice('region') = region
                    label: {fi: "Missä kunnassa (${region}) asut, ${name}?", en: "Which municipality in ${region}?"}
                    hint: {fi: "Kysymme tätä, ${name}, koska kunnat eroavat."}
                    choices: municipalities
              - key: third
                title: {fi: Mökki, en: Cottage}
                questions:
                  - key: cottage_region
                    type: single_choice
                    label: {fi: "Missä maakunnassa mökkisi on?", en: "Which region is your cottage in?"}
                    choices: regions
                  - key: cottage_municipality
                    type: single_choice
                    choiceFilter: choice('region') = cottage_region
                    label: {fi: "Missä kunnassa mökkisi on?", en: "Which municipality is your cottage in?"}
                    choices: municipalities
            """;

    private CascadingChoicesFixture() {}

    static void publishAndOpen(StaffApi staff, String slug) {
        // Each test class may have a database of its own, or share one where it is published already (409, and then
        // no draft to publish).
        var created = staff.send(HttpRequest.POST("/api/questionnaires", YAML).contentType(MediaType.TEXT_PLAIN_TYPE));
        assertThat(created.code()).as(String.valueOf(created.body())).isIn(201, 409);
        if (created.code() == 201) {
            var done = staff.post("/api/questionnaires/" + KEY + "/draft/publish", Map.of("confirm", true));
            assertThat(done.code()).as(String.valueOf(done.body())).isLessThan(300);
        }
        staff.openCampaign(slug, KEY, "Asuinpaikka");
    }
}
