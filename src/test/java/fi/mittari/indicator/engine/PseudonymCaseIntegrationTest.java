package fi.mittari.indicator.engine;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.Measure;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A respondent's pseudonym (the answer to {@code id.participant}) is the same person whatever its letter case and
 * surrounding spaces, on H2 as on MariaDB, whose default collation already ignores case: "tk-1", "TK-1" and " Tk-1 "
 * are one person.
 *
 * <p>Project cased, 2031: a survey answered by tk-1, TK-1, " Tk-1 " and tk-2; a baseline answered by tk-1 (3) and
 * TK-2 (5), a follow-up by TK-1 (6) and " tk-2" (9).
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "mittari.indicators.suppression.min-count", value = "1")
@Property(name = "mittari.indicators.suppression.min-persons", value = "2")
class PseudonymCaseIntegrationTest {

    private static final IndicatorScope CASED_2031 =
            new IndicatorScope(Optional.of("cased"), LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));

    private static final String WAVE =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Kysely}
            description: {fi: Kysely}
            questions:
              - key: code
                type: text
                concept: id.participant
                label: {fi: Tunnus}
              - key: grade
                type: number
                concept: outcome.grade
                label: {fi: Arvosana}
            """;

    @Inject
    MeasuringIndicators measuring;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @BeforeEach
    void scenario() {
        Long exists =
                jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM project WHERE code = 'cased'", Long.class);
        if (exists != null && exists > 0) {
            return;
        }
        var fixture = new IndicatorFixture(jdbc, questionnaires);
        long project = fixture.project("cased", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));
        LocalDateTime march = LocalDateTime.of(2031, 3, 1, 9, 0);
        long survey = fixture.questionnaire(WAVE.formatted("case-survey"));
        long surveyCampaign = fixture.campaign("case-survey", survey, project, null, "SURVEY");
        for (String code : new String[] {"tk-1", "TK-1", " Tk-1 ", "tk-2"}) {
            fixture.response(surveyCampaign, survey, march, Map.of("code", code, "grade", 1));
        }
        long baseline = fixture.questionnaire(WAVE.formatted("case-baseline"));
        long baselineCampaign = fixture.campaign("case-baseline", baseline, project, null, "SURVEY");
        fixture.response(baselineCampaign, baseline, march, Map.of("code", "tk-1", "grade", 3));
        fixture.response(baselineCampaign, baseline, march, Map.of("code", "TK-2", "grade", 5));
        long followUp = fixture.questionnaire(WAVE.formatted("case-followup"));
        long followUpCampaign = fixture.campaign("case-followup", followUp, project, null, "SURVEY");
        LocalDateTime september = LocalDateTime.of(2031, 9, 1, 9, 0);
        fixture.response(followUpCampaign, followUp, september, Map.of("code", "TK-1", "grade", 6));
        fixture.response(followUpCampaign, followUp, september, Map.of("code", " tk-2", "grade", 9));
    }

    @Test
    void countsPseudonymsDifferingOnlyInCaseOrSpacesAsOnePerson() {
        var persons =
                define("case-persons", 0, new Measure.DistinctCount(Measure.DistinctUnit.PERSONS, Optional.empty()));
        IndicatorRow total = total(persons);
        // tk-1 three ways, tk-2 once
        assertThat(total.value()).contains(new BigDecimal("2"));
    }

    @Test
    void pairsBaselineAndFollowUpOfOnePersonWrittenInAnotherCase() {
        var change =
                define("case-change", 1, new Measure.PairedChange("outcome.grade", "case-baseline", "case-followup"));
        IndicatorRow total = total(change);
        // tk-1 3 → 6, tk-2 5 → 9: both paired, a mean change of 3.5
        assertThat(total.n()).contains(2L);
        assertThat(total.value()).contains(new BigDecimal("3.5"));
    }

    private IndicatorRow total(fi.mittari.indicator.definition.IndicatorDefinition definition) {
        return measuring.compute(definition, CASED_2031).stream()
                .filter(IndicatorRow::isTotal)
                .findFirst()
                .orElseThrow();
    }
}
