package fi.mittari.definition.web;

import fi.mittari.definition.DefinitionKind;

/** What the editor of a new definition starts from: a small valid definition to change (format: batch/README.md). */
final class Starters {

    private static final String INDICATOR =
            """
            indicators:
              - code: new_indicator
                name: {fi: Uusi indikaattori, sv: Ny indikator, en: New indicator}
                definition:
                  fi: Mitä indikaattori laskee ja miten.
                  sv: Vad indikatorn räknar och hur.
                  en: What the indicator counts and how.
                unit: {fi: tilaisuutta, sv: evenemang, en: events}
                basis: collected
                measure: {count: events}
                breakdowns: [region, year]
                # a share's target is a percentage: value: 60 is 60 %
                targets: [{project: keko, value: 12, baseline: 0}]
            """;

    private static final String REPORT =
            """
            reports:
              - code: new-report
                title: Uusi raportti
                language: fi
                projects: [keko]
                period: previous_year
                indicators: [events]
                breakdowns: [region]
                contact: {name: Yhteyshenkilö, email: raportit@example.org}
                recipients: {funders: [], emails: []}
                schedule: "0 0 6 1 2 *"
            """;

    private Starters() {}

    static String of(DefinitionKind kind) {
        return kind == DefinitionKind.INDICATOR ? INDICATOR : REPORT;
    }
}
