package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.Expressions;
import fi.mittari.questionnaire.expression.ParseResult;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XPathWriterTest {

    @ParameterizedTest(name = "{0}  →  {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            new_partners = 'yes'                     | ${new_partners} = 'yes'
            count(partner_activities) >= 1           | count-selected(${partner_activities}) >= 1
            empty(x)                                 | ${x} = ''
            answered(x) and not empty(y)             | ${x} != '' and not(${y} = '')
            length(.) <= 20                          | string-length(.) <= 20
            status in ['a', 'b']                     | ${status} = 'a' or ${status} = 'b'
            (a or b) and c                           | (${a} or ${b}) and ${c}
            a / 2 > 1                                | ${a} div 2 > 1
            (a + 1) * 2 > 3                          | (${a} + 1) * 2 > 3
            d > date('2025-01-31') and d < today()   | ${d} > date('2025-01-31') and ${d} < today()
            selected(s, "it's")                      | selected(${s}, "it's")
            a = true                                 | ${a} = true()
            matches(., '^[0-9]{5}$')                 | regex(., '^[0-9]{5}$')
            choice('cf') = state                     | cf = ${state}
            choice('value') != other                 | name != ${other}
            """)
    void writesMittariExpressionsAsXPath(String mittari, String xpath) {
        assertThat(XPathWriter.write(parse(mittari))).isEqualTo(xpath);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            (a or b) and c
            not (a = 1 or b = 2)
            a - (b - c) > 0
            answered(x) and not empty(y)
            count(x) >= 1 or length(t) > 3
            """)
    void readingTheXPathBackGivesTheSameExpression(String mittari) {
        Map<String, String> keys = Map.of("a", "a", "b", "b", "c", "c", "x", "x", "y", "y", "t", "t");
        String back = new XPathTranslator(keys, Map.of())
                .translate(XPathWriter.write(parse(mittari)))
                .text()
                .orElseThrow();

        assertThat(DocumentedDifferences.normalize(parse(back), false))
                .isEqualTo(DocumentedDifferences.normalize(parse(mittari), false));
    }

    private static Expression parse(String text) {
        return ((ParseResult.Parsed) Expressions.parse(text)).expression();
    }
}
