package fi.mittari.report.definition;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorCatalogCheck;
import fi.mittari.indicator.definition.IndicatorDefinitionReader;
import fi.mittari.report.files.SchedulerCronSyntax;
import java.util.List;

/** Report files for tests, a small indicator catalog to check them against, and the reader with the real cron check. */
public final class ReportDefinitionFixture {

    private ReportDefinitionFixture() {}

    /** A complete valid file, one report per line of interest; the report entry starts on line 2. */
    public static final String FULL =
            """
            reports:
              - code: tyokyky-stea
                title: Työkyky käyttöön – tuloksellisuusraportti
                language: sv
                projects: [tyokyky, keko]
                period: {from: 2019-01-01, to: 2019-12-31}
                indicators: [coached, employment_rate]
                breakdowns: [year]
                contact: {name: Tuula, email: tuula@example.org, phone: "+358 40 1"}
                recipients: {funders: [stea-tyokyky], emails: [raportit@example.org]}
                schedule: "0 0 5 15 1 *"
                options: {distributions: false, data: true, open_text: true}
                employment:
                  coached: coached
                  employed: employed
                  rate: employment_rate
                  by_type: "choice:outcome.employment_status"
                  followup_window: 6 kuukautta
            """;

    /** The least a report needs: {@code code} on line 2, {@code contact} on line 6; further lines may be appended. */
    public static String minimal(String code) {
        return """
                reports:
                  - code: %s
                    title: T
                    projects: [keko]
                    period: project
                    contact: {name: N}
                """
                .formatted(code);
    }

    /**
     * coached (by year), employed (by year and type of employment), employment_rate (a ratio, by year) and
     * events (a count, by region and month): enough to check every rule against.
     */
    public static final IndicatorCatalog INDICATORS = catalog(
            """
            indicators:
              - code: coached
                name: {fi: V, sv: C, en: C}
                definition: {fi: V, sv: C, en: C}
                basis: collected
                measure: {count: coached_participants}
                breakdowns: [year]
              - code: employed
                name: {fi: T, sv: S, en: E}
                definition: {fi: T, sv: S, en: E}
                basis: collected
                measure:
                  distinct_count: persons
                  where: {answer: outcome.employment_status, in: [open_labour_market]}
                breakdowns: [year, "choice:outcome.employment_status"]
              - code: employment_rate
                name: {fi: K, sv: K, en: R}
                definition: {fi: K, sv: K, en: R}
                basis: collected
                measure: {ratio: {numerator: employed, denominator: coached}}
                breakdowns: [year]
              - code: events
                name: {fi: T, sv: E, en: E}
                definition: {fi: T, sv: E, en: E}
                basis: collected
                measure: {count: events}
                breakdowns: [region, month]
            """);

    public static ReportDefinitionReader reader() {
        return new ReportDefinitionReader(new SchedulerCronSyntax());
    }

    public static ReportDefinitionFile read(String yaml) {
        return reader().read("r.yaml", yaml);
    }

    private static IndicatorCatalog catalog(String yaml) {
        var checked =
                IndicatorCatalogCheck.check(List.of(new IndicatorDefinitionReader().read("indicators.yaml", yaml)));
        if (checked.definitions().size() != 4) {
            throw new IllegalStateException("test indicators do not read: " + checked.files());
        }
        return checked::definitions;
    }
}
