package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.questionnaire.builder.PickerQuestion;
import fi.mittari.questionnaire.builder.PickerScope;
import fi.mittari.questionnaire.builder.ProblemWording;
import fi.mittari.questionnaire.builder.QuestionnaireLayout;
import fi.mittari.web.PageLocale;
import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainMessagesTest {

    private static final QuestionnaireYamlReader READER = new QuestionnaireYamlReader();

    /** Two pages; the layout of the pickers comes from this valid text, the problems from a broken copy of it. */
    static final String VALID =
            """
            key: club
            defaultLanguage: fi
            languages: [fi, sv]
            title: {fi: Kerho, sv: Klubb}
            pages:
              - key: start
                title: {fi: Alku, sv: Början}
                questions:
                  - key: region
                    type: single_choice
                    label: {fi: Alue, sv: Område}
                    choices:
                      - value: uusimaa
                        label: {fi: Uusimaa, sv: Nyland}
                  - key: hours
                    type: number
                    label: {fi: Tunnit, sv: Timmar}
              - key: more
                title: {fi: Lisää, sv: Mer}
                questions:
                  - key: feedback
                    type: text
                    label: {fi: Palaute, sv: Respons}
            """;

    private static final QuestionnaireLayout LAYOUT =
            QuestionnaireLayout.of(((DefinitionResult.Accepted) READER.read("club.yaml", VALID)).questionnaire());

    private static List<DefinitionProblem> problems(String yaml) {
        DefinitionResult result = READER.read("club.yaml", yaml);
        return result instanceof DefinitionResult.Rejected rejected
                ? rejected.problems()
                : ((DefinitionResult.Accepted) result).problems();
    }

    private static String broken(String target, String replacement) {
        assertThat(VALID).contains(target);
        return VALID.replace(target, replacement);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            "label: {fi: Palaute, sv: Respons}" | "label: {fi: Palaute}" | Kysymys 'Palaute', otsikko: ruotsinkielinen käännös puuttuu; vastaajat näkevät tilalla oletuskielen tekstin. | feedback
            "value: uusimaa" | "value: '-99'" | Kysymys 'Alue', vaihtoehdot: valinnan arvo '-99' ei kelpaa: käytä pieniä kirjaimia, numeroita, _ tai -. | region
            "type: text" | "type: text\\n        relevant: alue = 'uusimaa'" | Kysymys 'Palaute', näyttämisehto: kysymykseen 'alue' viitataan, mutta sitä ei ole kyselyssä (onko se poistettu?). | feedback
            "type: number" | "type: number\\n        relevant: feedback = 'x'" | Kysymys 'Tunnit', näyttämisehto: kysymys 'feedback' tulee vasta myöhemmin: ehto voi käyttää vain aiempien kysymysten vastauksia. | hours
            "type: number" | "type: number\\n        constraint: . = 'x'" | Kysymys 'Tunnit', vastauksen ehto: ei voi verrata: luku ja teksti ovat eri tyyppiä. | hours
            "title: {fi: Lisää, sv: Mer}" | "title: {fi: Lisää, sv: Mer}\\n    relevant: hours > 3 and feedback = 'x'" | Sivu 'Lisää', näyttämisehto: sivun ehto käyttää kysymystä 'feedback', joka on samalla sivulla: käytä vain aiempien sivujen kysymyksiä. | ""
            "type: text" | "type: txt" | Kysymys 'Palaute', tyyppi: tuntematon kysymystyyppi 'txt'. | feedback
            "languages: [fi, sv]" | "languages: [fi, sv-FI]" | Kyselyn asetukset, kielet: tuntematon kieli 'sv-FI': tarkoititko 'sv'? | ""
            """)
    void eachKindOfProblemIsSaidPlainlyInFinnishAndLinkedToItsQuestion(
            String target, String replacement, String sentence, String questionKey) {
        List<DefinitionProblem> problems = problems(broken(target, replacement.replace("\\n", "\n")));

        List<PlainMessageView> views = PlainMessages.of(problems, LAYOUT, "club", PageLocale.FINNISH);

        assertThat(views).extracting(PlainMessageView::sentence).contains(sentence);
        PlainMessageView view = views.stream()
                .filter(v -> v.sentence().equals(sentence))
                .findFirst()
                .orElseThrow();
        assertThat(view.questionKey()).isEqualTo(questionKey);
    }

    @Test
    void aQuestionsMessageLinksToItsEditPageAndKeepsTheExactProblem() {
        PlainMessageView view = PlainMessages.of(
                        problems(broken("label: {fi: Palaute, sv: Respons}", "label: {fi: Palaute}")),
                        LAYOUT,
                        "club",
                        PageLocale.FINNISH)
                .get(0);

        assertThat(view.href()).isEqualTo("/staff/questionnaires/club/builder/questions/1/0");
        assertThat(view.error()).isFalse();
        assertThat(view.path()).isEqualTo("pages[1].questions[0].label.sv");
        assertThat(view.exact()).isEqualTo("missing Swedish (sv) translation; respondents will see the Finnish text");
    }

    @Test
    void theSameProblemIsSaidInSwedishAndEnglish() {
        List<DefinitionProblem> problems = problems(broken("value: uusimaa", "value: '-99'"));

        assertThat(PlainMessages.of(problems, LAYOUT, "club", PageLocale.SWEDISH)
                        .get(0)
                        .sentence())
                .isEqualTo(
                        "Frågan 'Område', alternativ: värdet '-99' duger inte: använd små bokstäver, siffror, _ eller"
                                + " -.");
        assertThat(PlainMessages.of(problems, LAYOUT, "club", PageLocale.ENGLISH)
                        .get(0)
                        .sentence())
                .startsWith("Question 'Alue', choices: the choice value '-99' is not valid");
    }

    @Test
    void aProblemNoRuleKnowsKeepsItsExactMessage() {
        DefinitionProblem odd = new DefinitionProblem(
                "club.yaml", 3, 1, "pages[0].questions[1]", "something new", DefinitionProblem.Severity.ERROR);

        PlainMessageView view = PlainMessages.of(List.of(odd), LAYOUT, "club", PageLocale.FINNISH)
                .get(0);

        assertThat(view.sentence()).isEqualTo("Kysymys 'Tunnit': something new");
    }

    @Test
    void aQuestionTheLayoutDoesNotHaveYetIsNamedByItsPlace() {
        DefinitionProblem problem = new DefinitionProblem(
                "club.yaml",
                3,
                1,
                "pages[3].questions[4].type",
                "unknown question type 'x'; expected one of …",
                DefinitionProblem.Severity.ERROR);

        assertThat(PlainMessages.of(List.of(problem), LAYOUT, "club", PageLocale.FINNISH)
                        .get(0)
                        .sentence())
                .isEqualTo("Sivun 4 kysymys 5, tyyppi: tuntematon kysymystyyppi 'x'.");
    }

    private static PickerQuestion question(String key, String type, int page, String label) {
        return new PickerQuestion(
                key, type, page, java.util.Map.of(fi.mittari.questionnaire.Language.FI, label), List.of());
    }

    /** VALID with a calculate question {@code total} after the hours, calculating {@code calculation}. */
    private static String withCalculation(String calculation) {
        return broken(
                "label: {fi: Tunnit, sv: Timmar}",
                "label: {fi: Tunnit, sv: Timmar}\n      - key: total\n        type: calculate\n"
                        + "        label: {fi: Summa, sv: Summa}\n        calculation: \"" + calculation + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            total + 1                 | pickers.plain.calc.itself         | laskenta käyttää omaa arvoaan ('total'): laskenta voi käyttää vain aiempien kysymysten vastauksia.
            feedback                  | pickers.plain.calc.later          | kysymys 'feedback' tulee vasta myöhemmin: laskenta voi käyttää vain aiempien kysymysten vastauksia.
            if(hours, 1, 2)           | pickers.plain.calc.ifCondition    | if-funktion ensimmäisen osan pitää olla ehto (tosi tai epätosi), mutta se on luku.
            if(hours > 1, 1, 'a')     | pickers.plain.calc.ifResults      | if-funktion molempien tulosten pitää olla samaa tyyppiä, mutta ensimmäinen on luku ja toinen teksti.
            concat()                  | pickers.plain.calc.concatEmpty    | concat tarvitsee vähintään yhden arvon yhdistettäväksi.
            round(hours, 1, 2)        | pickers.plain.calc.roundArguments | round tarvitsee luvun ja halutessasi desimaalien määrän (1 tai 2 arvoa), mutta sai 3.
            """)
    void eachProblemOfACalculationIsSaidPlainlyInFinnish(String calculation, String key, String sentence) {
        List<DefinitionProblem> problems = problems(withCalculation(calculation));

        assertThat(problems)
                .extracting(p -> ProblemWording.of(p.message()).key())
                .contains(key);
        assertThat(PlainMessages.of(problems, LAYOUT, "club", PageLocale.FINNISH))
                .extracting(PlainMessageView::sentence)
                .anySatisfy(said -> assertThat(said).endsWith(sentence));
    }

    @Test
    void everyProblemOfACalculationIsSaidInSwedishAndEnglishToo() {
        List<String> messages = java.util.stream.Stream.of(
                        "total + 1",
                        "feedback",
                        "if(hours, 1, 2)",
                        "if(hours > 1, 1, 'a')",
                        "concat()",
                        "round(hours, 1, 2)",
                        "int(feedback)",
                        "selected_at(hours, 0)")
                .flatMap(calculation -> problems(withCalculation(calculation)).stream())
                .map(DefinitionProblem::message)
                .toList();

        assertThat(messages)
                .hasSizeGreaterThanOrEqualTo(8)
                .allMatch(m -> ProblemWording.of(m).plain(), "plain");
        for (Locale locale : List.of(PageLocale.SWEDISH, PageLocale.ENGLISH)) {
            for (String message : messages) {
                assertThat(PlainMessages.text(ProblemWording.of(message), locale))
                        .as("%s in %s", message, locale)
                        .doesNotContain("pickers.")
                        .doesNotContainPattern("\\{\\d");
            }
        }
        String later = messages.stream()
                .filter(m -> m.contains("comes later; a calculation"))
                .findFirst()
                .orElseThrow();
        assertThat(PlainMessages.text(ProblemWording.of(later), PageLocale.ENGLISH))
                .isEqualTo("the question 'feedback' comes later: a calculation can only use answers to earlier"
                        + " questions.");
    }

    /** Files and expressions breaking every rule the reader and the checker have; each must be said plainly. */
    @Test
    void everyProblemTheReaderAndTheCheckerMakeHasAPlainWordingInEveryLanguage() {
        List<String> files = List.of(
                "",
                "- a list",
                "key: club\nkey: again",
                "key: Club\ndefaultLanguage: fi\nlanguages: [fi, fi, xx, se, {a: b}]\ntitle: x\nquestions: []",
                "key: club\ndefaultLanguage: sv\nlanguages: []\ntitle: {fi: x}\nquestions: [1]\npages: []",
                "key: club\ndefaultLanguage: fi\nlanguages: [fi]\ntitle: {fi: [x]}\ntitel: x",
                "a: &x 1\nb: *x",
                "key: [unclosed",
                broken(
                        "type: number",
                        "type: number\n        decimal: maybe\n        min: 5\n        max: 1\n"
                                + "        relevant: 'open\n        constraintMessage: {fi: x, sv: y}"),
                broken("type: number", "type: number\n        min: 1.5\n        max: x"),
                broken("type: number", "type: rating\n        min: 5\n        max: 1"),
                broken("type: number", "type: rating\n        min: 0\n        max: 40"),
                broken("type: number", "type: date\n        min: 2025-02-01\n        max: 2025-01-01"),
                broken("type: number", "type: date\n        min: tomorrow"),
                broken("type: number", "type: likert\n        points: 2\n        labels: [{fi: a}]"),
                broken("type: number", "type: likert\n        points: 5\n        labels: [{fi: a, sv: a}]"),
                broken(
                        "type: number",
                        "type: ranking\n        rankCount: 9\n        choices: [{value: a, label: {fi: a,"
                                + " sv: a}}]"),
                broken(
                        "type: number",
                        "type: matrix\n        items: []\n        choices: [{value: a, label: {fi: a," + " sv: a}}]"),
                broken(
                        "type: number",
                        "type: matrix\n        items: [{key: A, label: {fi: a, sv: a}}, {key: A, label:"
                                + " {fi: a, sv: a}}]\n        choices: nolist"),
                broken("type: number", "type: note\n        required: true"),
                broken(
                        "type: number",
                        "type: multiple_choice\n        minSelected: -1\n        maxSelected: 5\n"
                                + "        choices: {a: b}"),
                broken(
                        "type: number",
                        "type: multiple_choice\n        minSelected: 3\n        maxSelected: 2\n"
                                + "        choices: []"),
                broken("type: number", "type: text\n        maxLength: 0\n        unit: {fi: h, sv: h}"),
                broken(
                        "type: number",
                        "type: single_choice\n        appearance: list\n        other: true\n"
                                + "        choicesFrom: nolist\n        choices: [{value: other, label: {fi: a, sv: a}},"
                                + " {value: A, label: {fi: a, sv: a}}, {value: b, label: {fi: a, sv: a}}, {value: b, label:"
                                + " {fi: a, sv: a}}]"),
                broken("key: hours", "key: Hours\n        concept: Outcome"),
                broken("key: hours", "key: region"),
                broken("key: more", "key: start"),
                broken("key: more", "key: More"),
                broken("type: number", "type: number\n        lable: {fi: x}"),
                broken("type: number", "type: number\n        label: {sv: x}"),
                broken("    questions:\n      - key: feedback", "    questions: []\n    # - key: feedback"),
                broken("pages:", "questions: []\npages:"),
                VALID.replace(VALID.substring(VALID.indexOf("pages:")), "pages: []"),
                VALID.replace(VALID.substring(VALID.indexOf("pages:")), ""),
                VALID.replace(VALID.substring(VALID.indexOf("pages:")), "pages:\n  - a page"),
                VALID.replace(
                        VALID.substring(VALID.indexOf("pages:")),
                        "pages:\n  - key: a\n    title: x\n" + "    questions:\n      - a question"),
                broken(
                        "title: {fi: Lisää, sv: Mer}",
                        "title: {fi: Lisää, sv: Mer}\n    relevant: hours > 3 and"
                                + " feedback = 'x' and region = 'x' and nosuch = 1"),
                broken("type: text", "type: text\n        relevant: feedback = 'x'"),
                broken("type: text", "type: text\n        choices: [a]"));
        List<String> expressions = List.of(
                "x".repeat(2001),
                " ",
                "Bad = 1",
                "region = 'open",
                "region ! 'a'",
                "region # 'a'",
                "region = 'a' 'b'",
                "region = ",
                "not = 1",
                "in = 1",
                "region in [region]",
                "(".repeat(60) + "1" + ")".repeat(60),
                "(region = 'a'",
                "region in 'a'",
                "regio = 'a'",
                "zzzzzz = 'a'",
                ". = 1",
                "activities = 'a'",
                "hours = 'a'",
                "region < 'a'",
                "activities in ['a']",
                "hours in [true]",
                "feedback in ['a'] and date('x') in ['a']",
                "true and 1",
                "not 1",
                "-region",
                "hours",
                "foo(region)",
                "selected(region, 1)",
                "date('2025-13-45') > today()",
                "date(1) > today()",
                "count(1) > 0",
                "count(region) > 0",
                "count(region, 'a') > 0",
                "employed = 'yes'");
        List<String> messages = new java.util.ArrayList<>();
        files.forEach(file -> problems(file).forEach(p -> messages.add(p.message())));
        PickerScope scope = PickerScope.condition(
                List.of(
                        question("region", "single_choice", 0, "A"),
                        question("activities", "multiple_choice", 0, "B"),
                        question("hours", "number", 0, "C"),
                        question("feedback", "text", 0, "D"),
                        question("employed", "yes_no", 0, "E")),
                "employed");
        expressions.forEach(text -> scope.check(text).forEach(p -> messages.add(p.message())));

        List<String> unmapped = messages.stream()
                .filter(m -> !ProblemWording.of(m).plain())
                .distinct()
                .toList();
        assertThat(unmapped).isEmpty();
        assertThat(messages.stream().map(m -> ProblemWording.of(m).key()).distinct())
                .as("kinds of problem covered")
                .hasSizeGreaterThan(80);
        for (Locale locale : List.of(PageLocale.FINNISH, PageLocale.SWEDISH, PageLocale.ENGLISH)) {
            for (String message : messages) {
                ProblemWording wording = ProblemWording.of(message);
                assertThat(PlainMessages.text(wording, locale))
                        .as("%s in %s", message, locale)
                        .doesNotContain("pickers.")
                        .doesNotContainPattern("\\{\\d");
            }
        }
    }
}
