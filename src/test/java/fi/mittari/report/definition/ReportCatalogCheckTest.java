package fi.mittari.report.definition;

import static fi.mittari.report.definition.ReportDefinitionFixture.INDICATORS;
import static fi.mittari.report.definition.ReportDefinitionFixture.minimal;
import static fi.mittari.report.definition.ReportDefinitionFixture.reader;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report files checked together and against a small indicator catalog (see the fixture). */
class ReportCatalogCheckTest {

    @Test
    void rejectsTheLaterFileOfACodeUsedInTwoNamingBothPlaces() {
        var checked = ReportCatalogCheck.check(
                List.of(
                        reader().read(
                                        "b.yaml",
                                        minimal("other") + minimal("shared").replace("reports:\n", "")),
                        reader().read("a.yaml", minimal("shared"))),
                INDICATORS);

        assertThat(checked.definitions()).extracting(ReportDefinition::code).containsExactly("shared");
        assertThat(checked.files()).extracting(ReportDefinitionFile::source).containsExactly("a.yaml", "b.yaml");
        ReportDefinitionFile later = checked.files().get(1);
        assertThat(later.rejected()).isTrue();
        assertThat(describe(later))
                .containsExactly("b.yaml:7:11: reports[1].code: report code 'shared' is already defined in a.yaml on"
                        + " line 2; codes are unique across all files");
    }

    @Test
    void leavesOutADefinitionWithAnUnknownIndicatorAndKeepsTheOthersOfItsFile() {
        String yaml = minimal("good") + "    indicators: [events]\n"
                + minimal("typo").replace("reports:\n", "") + "    indicators: [coached, emploued]\n";
        var checked = ReportCatalogCheck.check(List.of(reader().read("r.yaml", yaml)), INDICATORS);

        assertThat(checked.definitions()).extracting(ReportDefinition::code).containsExactly("good");
        ReportDefinitionFile file = checked.files().get(0);
        assertThat(file.rejected()).isFalse();
        assertThat(describe(file))
                .containsExactly("r.yaml:13:27: reports[1].indicators[1]: unknown indicator 'emploued'; no accepted"
                        + " file of batch/indicators/ defines it; did you mean 'employed'?");
    }

    @Test
    void refusesABreakdownNoneOfTheReportsIndicatorsOffers() {
        // events offers region and month; coached year: sector is offered by neither
        assertThat(check(minimal("a") + "    indicators: [events, coached]\n    breakdowns: [month, year, sectr]\n"))
                .containsExactly("r.yaml:8:31: reports[0].breakdowns[2]: breakdown 'sectr' is not offered by any of"
                        + " the report's indicators; they offer region, month, year");
        // without indicators: every indicator of the catalog, so the type of employment is offered
        assertThat(check(minimal("a") + "    breakdowns: [\"choice:outcome.employment_status\"]\n"))
                .isEmpty();
    }

    @Test
    void checksTheEmploymentSectionsIndicatorsRateAndTypeBreakdown() {
        String section =
                """
                    employment:
                      coached: coached
                      employed: employed
                      rate: employment_rate
                      by_type: "choice:outcome.employment_status"
                      followup_window: 6 kuukautta
                """;
        assertThat(check(minimal("a") + section)).isEmpty();
        assertThat(check(minimal("a") + section.replace("coached: coached", "coached: coachd")))
                .containsExactly("r.yaml:8:16: reports[0].employment.coached: unknown indicator 'coachd'; no accepted"
                        + " file of batch/indicators/ defines it; did you mean 'coached'?");
        assertThat(check(minimal("a") + section.replace("rate: employment_rate", "rate: employed")))
                .containsExactly("r.yaml:10:13: reports[0].employment.rate: indicator 'employed' is not a ratio"
                        + " (measure: {ratio: …}), so it cannot be the employment rate");
        assertThat(check(minimal("a") + section.replace("employment_status\"", "employment_type\"")))
                .containsExactly("r.yaml:11:16: reports[0].employment.by_type: indicator 'employed' has no breakdown"
                        + " 'choice:outcome.employment_type'; it has year, choice:outcome.employment_status");
    }

    @Test
    void aReportOfAnEcosystemIsKeptWhenTheEcosystemExistsAndLeftOutWithItsLineWhenNot() {
        String yaml = minimal("region").replace("projects: [keko]", "scope: {ecosystem: uusimaa}")
                + minimal("typo").replace("reports:\n", "").replace("projects: [keko]", "scope: {ecosystem: usimaa}");
        var checked = ReportCatalogCheck.check(
                List.of(reader().read("r.yaml", yaml)), INDICATORS, java.util.Set.of("uusimaa", "kanta-hame"));

        assertThat(checked.definitions()).singleElement().satisfies(report -> {
            assertThat(report.code()).isEqualTo("region");
            assertThat(report.ecosystem()).contains("uusimaa");
            assertThat(report.projects()).isEmpty();
        });
        assertThat(describe(checked.files().get(0)))
                .containsExactly("r.yaml:9:24: reports[1].scope.ecosystem: unknown ecosystem 'usimaa'; define it at"
                        + " /staff/ecosystems first; there are kanta-hame, uusimaa; did you mean 'uusimaa'?");
        // with no ecosystem defined at all (a fresh installation) the report is left out, saying so
        assertThat(check(minimal("a").replace("projects: [keko]", "scope: {ecosystem: uusimaa}")))
                .containsExactly("r.yaml:4:24: reports[0].scope.ecosystem: unknown ecosystem 'uusimaa'; define it at"
                        + " /staff/ecosystems first (there are none yet)");
    }

    @Test
    void aStoredReportOfAnEcosystemNotDefinedYetWaitsWithAWarningRatherThanAnError() {
        String yaml = minimal("a").replace("projects: [keko]", "scope: {ecosystem: uusimaa}");

        var waiting = ReportCatalogCheck.check(
                List.of(reader().read("r.yaml", yaml)),
                INDICATORS,
                java.util.Set.of(),
                fi.mittari.yaml.DefinitionProblem.Severity.WARNING);
        var inForce = ReportCatalogCheck.check(
                List.of(reader().read("r.yaml", yaml)),
                INDICATORS,
                java.util.Set.of("uusimaa"),
                fi.mittari.yaml.DefinitionProblem.Severity.WARNING);

        assertThat(waiting.definitions()).isEmpty();
        assertThat(waiting.files().get(0).hasErrors()).isFalse();
        assertThat(describe(waiting.files().get(0)))
                .singleElement()
                .asString()
                .endsWith("the report waits, left out, until it is defined (warning)");
        assertThat(inForce.definitions()).extracting(ReportDefinition::code).containsExactly("a");
    }

    private static List<String> check(String yaml) {
        var checked = ReportCatalogCheck.check(List.of(reader().read("r.yaml", yaml)), INDICATORS);
        return describe(checked.files().get(0));
    }

    private static List<String> describe(ReportDefinitionFile file) {
        return file.problems().stream().map(DefinitionProblem::describe).toList();
    }
}
