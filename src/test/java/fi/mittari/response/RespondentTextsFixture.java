package fi.mittari.response;

import fi.mittari.support.PublishedQuestionnaire;
import fi.mittari.support.StaffApi;

/**
 * A form in Finnish, Swedish and English whose texts show earlier answers: choices labelled with the respondent's
 * name, a time and a datetime with bounds, calculations of them shown in a note, and a follow-up question asked when
 * the hours round to three.
 */
final class RespondentTextsFixture {

    static final String YAML =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi, sv, en]
            title: {fi: Käynti, sv: Besök, en: Visit}
            pages:
              - key: first
                title: {fi: Käynti, sv: Besöket, en: The visit}
                questions:
                  - key: name
                    type: text
                    label: {fi: Nimesi, sv: Ditt namn, en: Your name}
                  - key: arrived
                    type: time
                    min: "07:00"
                    label: {fi: "Mihin aikaan saavuit?", sv: "När kom du?", en: "When did you arrive?"}
                  - key: started
                    type: datetime
                    min: "2026-12-03T07:00"
                    label: {fi: "Milloin tilaisuus alkoi?", sv: "När började evenemanget?", en: "When did it start?"}
                  - key: visited
                    type: date
                    max: "2026-12-31"
                    label: {fi: "Minä päivänä kävit?", sv: "Vilken dag var du där?", en: "Which day did you visit?"}
                  - key: hours
                    type: number
                    decimal: true
                    label: {fi: "Montako tuntia olit?", sv: "Hur många timmar var du där?", en: "How many hours?"}
                  - key: three_hours
                    type: text
                    relevant: round(hours, 0) = 3
                    label: {fi: "Mitä teit kolme tuntia?", sv: "Vad gjorde du i tre timmar?", en: "What took three hours?"}
              - key: second
                title: {fi: Lopuksi, sv: Till sist, en: Finally}
                questions:
                  - key: times
                    type: calculate
                    label: {fi: Ajat}
                    calculation: concat(arrived, ' / ', started)
                  - key: summary
                    type: note
                    label:
                      fi: "Saavuit ${times}, päivänä ${visited}."
                      sv: "Du kom ${times}, dagen ${visited}."
                      en: "You arrived at ${times} on ${visited}."
                  - key: where
                    type: single_choice
                    label: {fi: "Kenen luona olit?", sv: "Hos vem var du?", en: "Whose place was it?"}
                    choices:
                      - {value: own, label: {fi: "Omassa kodissa (${name})", sv: "Hemma hos mig (${name})", en: "My own (${name})"}}
                      - {value: other, label: {fi: Muualla, sv: Någon annanstans, en: Elsewhere}}
            """;

    private RespondentTextsFixture() {}

    /** Publishes the form and opens a campaign for it; the slug of its address. */
    static String open(StaffApi staff, String prefix) {
        String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
        PublishedQuestionnaire.publish(staff, slug, YAML);
        staff.openCampaign(slug, slug, "Käynti");
        return slug;
    }
}
