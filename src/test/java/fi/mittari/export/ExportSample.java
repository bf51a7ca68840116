package fi.mittari.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.LoadOutcome;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.support.StaffApi;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A campaign with every kind of column an export makes: three sent responses (two in Finnish, one in Swedish, one of
 * the Finnish ones sent in January 2025) and one response still being filled in. Answers hold formula-looking texts.
 */
final class ExportSample {

    static final String SLUG = "export-sample";
    static final String KEY = "export-sample";
    static final LocalDate BACK_DATED = LocalDate.of(2025, 1, 10);

    static final String YAML =
            """
            key: export-sample
            defaultLanguage: fi
            languages: [fi, sv, en]
            title: {fi: Vientikysely, sv: Exportenkät, en: Export survey}
            questions:
              - key: visit
                type: single_choice
                other: true
                label: {fi: "Monesko käynti?", sv: "Vilket besök?", en: "Which visit?"}
                choices:
                  - {value: first_time, label: {fi: Ensimmäinen, sv: Första, en: First}}
                  - {value: again, label: {fi: "Taas 'uudestaan'", sv: Igen, en: Again}}
              - key: helps
                type: multiple_choice
                other: true
                label: {fi: "Mikä auttoi?", sv: "Vad hjälpte?", en: "What helped?"}
                choices:
                  - {value: advice, label: {fi: Neuvonta, sv: Rådgivning, en: Advice}}
                  - {value: network, label: {fi: Verkosto, sv: Nätverk, en: Network}}
                  - {value: funding, label: {fi: Rahoitus, sv: Finansiering, en: Funding}}
              - key: event
                type: matrix
                label: {fi: Arvioi tapahtuma, sv: Bedöm evenemanget, en: Rate the event}
                items:
                  - {key: venue, label: {fi: Paikka, sv: Platsen, en: The venue}}
                  - {key: programme, label: {fi: Ohjelma, sv: Programmet, en: The programme}}
                choices:
                  - {value: good, label: {fi: Hyvä, sv: Bra, en: Good}}
                  - {value: poor, label: {fi: Huono, sv: Dålig, en: Poor}}
              - key: score
                type: rating
                min: 1
                max: 5
                label: {fi: Arvosana, sv: Betyg, en: Score}
              - key: hours
                type: number
                decimal: true
                label: {fi: Tunnit, sv: Timmar, en: Hours}
              - key: started
                type: date
                label: {fi: Aloituspäivä, sv: Startdag, en: Start day}
              - key: helps_most
                type: ranking
                label: {fi: Järjestä, sv: Ordna, en: Rank}
                choices:
                  - {value: advice, label: {fi: Neuvonta, sv: Rådgivning, en: Advice}}
                  - {value: network, label: {fi: Verkosto, sv: Nätverk, en: Network}}
              - key: wishes
                type: text
                label: {fi: Toiveet, sv: Önskemål, en: Wishes}
              - key: age_group
                type: single_choice
                personal: true
                label: {fi: Ikäryhmä, sv: Åldersgrupp, en: Age group}
                choices:
                  - {value: young, label: {fi: Nuori, sv: Ung, en: Young}}
                  - {value: adult, label: {fi: Aikuinen, sv: Vuxen, en: Adult}}
            """;

    /** The first response: every question answered, "other" texts that look like formulas. */
    static final Map<String, Object> FIRST = Map.ofEntries(
            Map.entry("visit", "other"),
            Map.entry("visit.other", "=1+2"),
            Map.entry("helps", List.of("advice", "other")),
            Map.entry("helps.other", "@SUM(A1)"),
            Map.entry("event", Map.of("venue", "good", "programme", "poor")),
            Map.entry("score", "4"),
            Map.entry("hours", "2.5"),
            Map.entry("started", "2026-01-15"),
            Map.entry("helps_most", List.of("network", "advice")),
            Map.entry("wishes", "-lisää kahvia"),
            Map.entry("age_group", "young"));

    static final Map<String, Object> SWEDISH = Map.of("visit", "again", "score", "5");

    static final Map<String, Object> OLD = Map.of("visit", "first_time", "helps", List.of("network"));

    private ExportSample() {}

    /** Makes the sample once per database; later calls find it. */
    static void ensure(QuestionnaireCatalog catalog, NamedParameterJdbcTemplate jdbc, StaffApi admin) {
        Integer made = jdbc.queryForObject(
                "SELECT COUNT(*) FROM campaign WHERE slug = :slug", Map.of("slug", SLUG), Integer.class);
        if (made != null && made > 0) {
            return;
        }
        var loaded = catalog.load("export-sample.yaml", YAML);
        assertThat(loaded).as("%s", loaded).isInstanceOf(LoadOutcome.VersionCreated.class);
        admin.openCampaign(SLUG, KEY, "Vientikeräys");
        send(admin, FIRST, "fi");
        send(admin, SWEDISH, "sv");
        long old = send(admin, OLD, "fi");
        jdbc.update("UPDATE response SET submitted_on = :day WHERE id = :id", Map.of("day", BACK_DATED, "id", old));
        var partial = new MapSqlParameterSource()
                .addValue("hash", "a".repeat(64))
                .addValue("answers", "{\"visit\":[\"again\"],\"helps\":[\"funding\"],\"event.venue\":[\"poor\"]}")
                .addValue("slug", SLUG)
                .addValue("now", java.sql.Timestamp.from(java.time.Instant.now()));
        jdbc.update(
                "INSERT INTO partial_response (campaign_id, submission_key_hash, language, page_key, answers,"
                        + " started_at, updated_at) SELECT id, :hash, 'en', 'main', :answers, :now, :now"
                        + " FROM campaign WHERE slug = :slug",
                partial);
    }

    private static long send(StaffApi admin, Map<String, Object> answers, String language) {
        var stored =
                admin.post("/api/campaigns/" + SLUG + "/responses", Map.of("answers", answers, "language", language));
        assertThat(stored.code()).as("%s", stored.body()).isEqualTo(201);
        return ((Number) stored.body().get("id")).longValue();
    }
}
