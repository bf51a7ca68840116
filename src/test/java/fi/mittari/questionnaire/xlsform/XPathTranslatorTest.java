package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.expression.Expressions;
import fi.mittari.questionnaire.expression.ParseResult;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XPathTranslatorTest {

    private final XPathTranslator translator = new XPathTranslator(
            Map.of("status", "status", "Hours-Per-Week", "hours_per_week", "support", "support", "start", "start"),
            Map.of("Full Time", "full_time"));

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ${status} = 'employed'                      | status = 'employed'
            ${Hours-Per-Week} > 10                      | hours_per_week > 10
            . >= 0 and . <= 80                          | . >= 0 and . <= 80
            selected(${support}, 'coaching')            | selected(support, 'coaching')
            count-selected(${support}) >= 1             | count(support) >= 1
            string-length(.) <= 20                      | length(.) <= 20
            ${start} <= today()                         | start <= today()
            . >= date('2020-01-01')                     | . >= date('2020-01-01')
            ${status} != 'x' or not(${status} = 'y')    | status != 'x' or not(status = 'y')
            ${status} = ''                              | empty(status)
            ${status} != ''                             | answered(status)
            '' = ${status}                              | empty(status)
            . = ''                                      | empty(.)
            ${status} = "employed"                      | status = 'employed'
            true() and false()                          | true and false
            regex(., '^[0-9]{5}$')                      | matches(., '^[0-9]{5}$')
            """)
    void translatesEachRuleToAValidMittariExpression(String xpath, String expected) {
        XPathTranslator.Translation translation = translator.translate(xpath);

        assertThat(translation.errors()).isEmpty();
        assertThat(translation.text()).contains(expected);
        assertThat(Expressions.parse(expected)).isInstanceOf(ParseResult.Parsed.class);
    }

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            if(${status} = 'x', 'yes', 'no')                  | if(status = 'x', 'yes', 'no')
            concat(${status}, ' / ', ${Hours-Per-Week})       | concat(status, ' / ', hours_per_week)
            int(${Hours-Per-Week} div 7)                      | int(hours_per_week / 7)
            round(${Hours-Per-Week} * 1.5, 1)                 | round(hours_per_week * 1.5, 1)
            now()                                             | now()
            selected-at(${support}, 0)                        | selected_at(support, 0)
            """)
    void translatesTheFunctionsOfCalculations(String xpath, String expected) {
        XPathTranslator.Translation translation = translator.translate(xpath);

        assertThat(translation.errors()).isEmpty();
        assertThat(translation.text()).contains(expected);
        assertThat(Expressions.parse(expected)).isInstanceOf(ParseResult.Parsed.class);
    }

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ${status} = ‘employed’                | status = 'employed'
            ${status}=’employed’                  | status='employed'
            ${status} = “employed”                | status = 'employed'
            concat(‘a’, “it’s”)                   | concat('a', 'it’s')
            """)
    void readsTypographicQuotesAsStraightOnesWithAWarning(String xpath, String expected) {
        XPathTranslator.Translation translation = translator.translate(xpath);

        assertThat(translation.errors()).isEmpty();
        assertThat(translation.text()).contains(expected);
        assertThat(translation.warnings()).singleElement().satisfies(warning -> assertThat(warning)
                .contains("typographic quotes"));
    }

    @org.junit.jupiter.api.Test
    void anUnclosedTypographicQuoteIsRefused() {
        assertThat(translator.translate("${status} = ‘employed").errors())
                .containsExactly("'‘employed' is not supported in Mittari expressions");
    }

    @org.junit.jupiter.api.Test
    void straightQuotesGiveNoWarning() {
        assertThat(translator.translate("${status} = 'employed'").warnings()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aNoteWithoutACalculationIsReadAsEmptyTextWithAWarning() {
        XPathTranslator withNote = new XPathTranslator(
                Map.of("status", "status", "intro", "intro"),
                Map.of(),
                java.util.Set.of("intro"),
                ChoiceFilterSource.none());

        XPathTranslator.Translation translation = withNote.translate("if(${intro} = ${intro}, 'same', ${status})");

        assertThat(translation.errors()).isEmpty();
        assertThat(translation.text()).contains("if('' = '', 'same', status)");
        assertThat(translation.warnings()).singleElement().satisfies(warning -> assertThat(warning)
                .contains("${intro} is a note without a calculation"));
        assertThat(withNote.translate("${intro} = ''").text()).contains("'' = ''");
    }

    @org.junit.jupiter.api.Test
    void aNoteComparedWithItselfIsEqualAsInOdk() {
        XPathTranslator withNote = new XPathTranslator(
                Map.of("intro", "intro"), Map.of(), java.util.Set.of("intro"), ChoiceFilterSource.none());
        String mittari = withNote.translate("if(${intro}=${intro}, 'success', 'error')")
                .text()
                .orElseThrow();

        ParseResult parsed = Expressions.parse(mittari);

        assertThat(parsed).isInstanceOf(ParseResult.Parsed.class);
        assertThat(new fi.mittari.questionnaire.expression.ExpressionEvaluator(java.time.LocalDate.of(2026, 1, 1))
                        .evaluate(((ParseResult.Parsed) parsed).expression(), key -> null, null))
                .isEqualTo(new fi.mittari.questionnaire.expression.Value.Text("success"));
    }

    @org.junit.jupiter.api.Test
    void pulldataStaysRefusedSinceItReadsAnExternalFile() {
        assertThat(translator
                        .translate("pulldata('fruits', 'name', 'name', 'mango')")
                        .errors())
                .containsExactly("function 'pulldata()' has no Mittari equivalent");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ${Hours-Per-Week} * 2 div 4 > 1 | hours_per_week * 2 / 4 > 1
            -${Hours-Per-Week} < 0          | -hours_per_week < 0
            15 div (${Hours-Per-Week} div 100) | 15 / (hours_per_week / 100)
            (1 + 2) div(3)                  | (1 + 2) /(3)
            """)
    void keepsArithmeticWithDivAsSlash(String xpath, String expected) {
        assertThat(translator.translate(xpath).text()).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            ${Hours-Per-Week} mod 2 = 0           ; 'mod' (remainder) is not supported
            ${Hours-Per-Week} mod (2) = 0         ; 'mod' (remainder) is not supported
            coalesce(${status}, 'x') = 'x'        ; function 'coalesce()' has no Mittari equivalent
            count(${support}) > 1                 ; function 'count()' has no Mittari equivalent
            jr:choice-name(${status}, '${status}') = 'a' ; function 'jr:choice-name()' has no Mittari equivalent
            /data/status = 'x'                    ; '/' is not supported
            ../status = 'x'                       ; '..' is not supported
            ${unknown} = 1                        ; ${unknown} is not a question in the survey sheet
            ${status} = 'Full Time'               ; choice value 'Full Time', which had to be renamed to 'full_time'
            position() > 1                        ; function 'position()' has no Mittari equivalent
            pulldata('a', 'b', 'c', 'd') = 1      ; function 'pulldata()' has no Mittari equivalent
            ${status} | ${support}                ; '|' is not supported
            """)
    void refusesWhatHasNoExactEquivalent(String xpath, String reason) {
        XPathTranslator.Translation translation = translator.translate(xpath);

        assertThat(translation.text()).isEmpty();
        assertThat(translation.errors()).anySatisfy(error -> assertThat(error).contains(reason));
    }
}
