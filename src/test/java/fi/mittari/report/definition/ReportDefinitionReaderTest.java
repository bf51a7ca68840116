package fi.mittari.report.definition;

import static fi.mittari.report.definition.ReportDefinitionFixture.FULL;
import static fi.mittari.report.definition.ReportDefinitionFixture.minimal;
import static fi.mittari.report.definition.ReportDefinitionFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.definition.ReportDefinition.Contact;
import fi.mittari.report.definition.ReportDefinition.EmploymentSection;
import fi.mittari.report.definition.ReportDefinition.Recipients;
import fi.mittari.report.definition.ReportDefinition.ReportOptions;
import fi.mittari.yaml.DefinitionProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every value of a report file read, every mistake reported as file:line:column: path: reason. Columns are counted by
 * hand from the fixture's text: {@code minimal()} writes each property indented by four spaces.
 */
class ReportDefinitionReaderTest {

    @Test
    void readsEveryPropertyOfAFullDefinition() {
        ReportDefinitionFile file = read(FULL);

        assertThat(file.problems()).isEmpty();
        assertThat(file.reports()).singleElement().satisfies(located -> {
            assertThat(located.definition())
                    .isEqualTo(new ReportDefinition(
                            "tyokyky-stea",
                            "Työkyky käyttöön – tuloksellisuusraportti",
                            ReportLanguage.SV,
                            List.of("tyokyky", "keko"),
                            new ReportPeriod.Fixed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
                            List.of("coached", "employment_rate"),
                            List.of("year"),
                            new Contact("Tuula", Optional.of("tuula@example.org"), Optional.of("+358 40 1")),
                            new Recipients(List.of("stea-tyokyky"), List.of("raportit@example.org")),
                            Optional.of("0 0 5 15 1 *"),
                            new ReportOptions(false, true, true),
                            Optional.of(new EmploymentSection(
                                    "coached",
                                    "employed",
                                    "employment_rate",
                                    Optional.of("choice:outcome.employment_status"),
                                    "6 kuukautta")),
                            "r.yaml",
                            2));
            assertThat(located.at("indicators[1]")).isEqualTo(new LocatedReport.Place(7, 27));
            assertThat(located.at("employment.rate")).isEqualTo(new LocatedReport.Place(16, 13));
        });
    }

    @Test
    void appliesTheDefaultsOfOptionalProperties() {
        ReportDefinition report = read(minimal("keko")).reports().get(0).definition();

        assertThat(report.language()).isEqualTo(ReportLanguage.FI);
        assertThat(report.period()).isEqualTo(new ReportPeriod.ProjectPeriod());
        assertThat(report.indicators()).isEmpty();
        assertThat(report.breakdowns()).isEmpty();
        assertThat(report.recipients()).isEqualTo(Recipients.none());
        assertThat(report.schedule()).isEmpty();
        assertThat(report.options()).isEqualTo(new ReportOptions(true, false, false));
        assertThat(report.employment()).isEmpty();
        assertThat(report.contact()).isEqualTo(new Contact("N", Optional.empty(), Optional.empty()));
    }

    @Test
    void suggestsTheKnownPropertyForATypo() {
        assertThat(problems(minimal("a") + "    shedule: \"0 0 6 1 * *\"\n"))
                .containsExactly(
                        "r.yaml:7:5: reports[0].shedule: unknown property 'shedule'; did you mean 'schedule'?");
    }

    @Test
    void namesEachMissingRequiredProperty() {
        assertThat(problems("reports:\n  - code: a\n    projects: [keko]\n"))
                .containsExactly(
                        "r.yaml:2:5: reports[0]: missing required property 'title'",
                        "r.yaml:2:5: reports[0]: missing required property 'period'",
                        "r.yaml:2:5: reports[0]: missing required property 'contact'");
    }

    @Test
    void readsAnEcosystemAsTheScopeAndRefusesProjectsBesideItOrAScopeWithoutOne() {
        ReportDefinition report = read(minimal("a").replace("projects: [keko]", "scope: {ecosystem: kanta-hame}"))
                .reports()
                .get(0)
                .definition();
        assertThat(report.ecosystem()).contains("kanta-hame");
        assertThat(report.projects()).isEmpty();

        assertThat(problems(minimal("a") + "    scope: {ecosystem: kanta-hame}\n"))
                .containsExactly("r.yaml:7:12: reports[0].scope: a report is of projects or of an ecosystem: write"
                        + " projects: or scope: {ecosystem: …}, not both");
        assertThat(problems(minimal("a").replace("projects: [keko]", "scope: {ecosystm: Kanta}")))
                .containsExactly(
                        "r.yaml:4:12: reports[0].scope: missing required property 'ecosystem'",
                        "r.yaml:4:13: reports[0].scope.ecosystm: unknown property 'ecosystm'; did you mean"
                                + " 'ecosystem'?");
        assertThat(problems(minimal("a").replace("projects: [keko]", "scope: {ecosystem: Kanta Häme}")))
                .containsExactly("r.yaml:4:24: reports[0].scope.ecosystem: 'Kanta Häme' is not an ecosystem code:"
                        + " 1–40 lowercase letters, digits and hyphens");
        assertThat(problems("reports:\n  - code: a\n    title: T\n    period: project\n    contact: {name: N}\n"))
                .containsExactly("r.yaml:2:5: reports[0]: missing required property 'projects'");
    }

    @Test
    void refusesACodeOutsideLowercaseLettersDigitsAndHyphens() {
        assertThat(problems(minimal("KeKo_1")))
                .containsExactly("r.yaml:2:11: reports[0].code: 'KeKo_1' is not a report code: lowercase letters,"
                        + " digits and hyphens");
    }

    @Test
    void refusesALanguageOtherThanFinnishSwedishOrEnglish() {
        assertThat(problems(minimal("a") + "    language: de\n"))
                .containsExactly("r.yaml:7:15: reports[0].language: language must be fi, sv or en, found 'de'");
    }

    @Test
    void refusesAnUnknownPeriodAndSuggestsTheNearest() {
        assertThat(problems(minimal("a").replace("period: project", "period: previous_yaer")))
                .containsExactly("r.yaml:5:13: reports[0].period: unknown period 'previous_yaer'; write project,"
                        + " previous_year, year_to_date or {from: 2019-01-01, to: 2019-12-31}; did you mean"
                        + " 'previous_year'?");
    }

    @Test
    void refusesFixedDatesThatAreNotDaysOrEndBeforeTheyStart() {
        assertThat(problems(minimal("a").replace("period: project", "period: {from: 2019-12-31, to: 2019-01-01}")))
                .containsExactly("r.yaml:5:36: reports[0].period.to: the period ends (2019-01-01) before it starts"
                        + " (2019-12-31)");
        assertThat(problems(minimal("a").replace("period: project", "period: {from: 2019-02-30, to: 31.12.2019}")))
                .containsExactly(
                        "r.yaml:5:20: reports[0].period.from: '2019-02-30' is not a day of the calendar",
                        "r.yaml:5:36: reports[0].period.to: expected a date like 2019-12-31, found '31.12.2019'");
    }

    @Test
    void refusesACronWithoutSixFieldsOrWithAFieldOutOfRange() {
        assertThat(problems(minimal("a") + "    schedule: \"0 6 1 * *\"\n"))
                .containsExactly("r.yaml:7:15: reports[0].schedule: schedule '0 6 1 * *' is not a valid cron: has 5"
                        + " fields; write six: second minute hour day-of-month month day-of-week, like \"0 0 6 1 * *\""
                        + " (06:00 on the first of every month)");
        assertThat(problems(minimal("a") + "    schedule: \"0 0 25 * * *\"\n"))
                .singleElement()
                .asString()
                .startsWith("r.yaml:7:15: reports[0].schedule: schedule '0 0 25 * * *' is not a valid cron: ")
                .contains("0<=_<=23");
    }

    @Test
    void refusesAnEmailAddressWithoutItsAtSign() {
        assertThat(problems(minimal("a").replace("{name: N}", "{name: N, email: someone.example.org}")))
                .containsExactly("r.yaml:6:31: reports[0].contact.email: 'someone.example.org' is not an email"
                        + " address (like raportit@example.org)");
        assertThat(problems(minimal("a") + "    recipients: {emails: [ok@example.org, not-an-address]}\n"))
                .containsExactly("r.yaml:7:43: reports[0].recipients.emails[1]: 'not-an-address' is not an email"
                        + " address (like raportit@example.org)");
    }

    @Test
    void allowsOpenTextOnlyWithTheDataSheet() {
        assertThat(problems(minimal("a") + "    options: {open_text: true}\n"))
                .containsExactly("r.yaml:7:26: reports[0].options.open_text: open_text: true needs data: true;"
                        + " open-text answers are only ever in the Data sheet");
        assertThat(problems(minimal("a") + "    options: {data: true, open_text: true}\n"))
                .isEmpty();
    }

    @Test
    void refusesACodeUsedTwiceInOneFileNamingTheFirstLine() {
        String twice = minimal("a") + minimal("a").replace("reports:\n", "");
        ReportDefinitionFile file = read(twice);
        assertThat(file.problems())
                .extracting(DefinitionProblem::describe)
                .containsExactly("r.yaml:7:11: reports[1].code: report code 'a' is already defined on line 2");
        assertThat(file.reports()).isEmpty();
        assertThat(file.rejected()).isTrue();
    }

    @Test
    void refusesASingleValueWhereAListBelongsAndAValueListedTwice() {
        assertThat(problems(minimal("a").replace("[keko]", "keko")))
                .containsExactly(
                        "r.yaml:4:15: reports[0].projects: expected a list, like [keko]; found a single value");
        assertThat(problems(minimal("a") + "    indicators: [events, events]\n"))
                .containsExactly("r.yaml:7:26: reports[0].indicators[1]: 'events' is listed twice");
    }

    @Test
    void leavesOutTheWholeFileWhenOneReportHasAnError() {
        ReportDefinitionFile file =
                read(minimal("good") + minimal("bad").replace("reports:\n", "") + "    langage: fi\n");
        assertThat(file.reports()).isEmpty();
        assertThat(file.problems())
                .extracting(DefinitionProblem::describe)
                .containsExactly(
                        "r.yaml:12:5: reports[1].langage: unknown property 'langage'; did you mean 'language'?");
    }

    @Test
    void explainsAFileThatIsNotAListOfReports() {
        assertThat(problems("")).containsExactly("r.yaml:1:1: the file is empty");
        assertThat(problems("report:\n  - code: a\n"))
                .containsExactly(
                        "r.yaml:1:1: report: unknown property 'report'; did you mean 'reports'?",
                        "r.yaml:1:1: missing required property 'reports'");
    }

    private static List<String> problems(String yaml) {
        return read(yaml).problems().stream().map(DefinitionProblem::describe).toList();
    }
}
