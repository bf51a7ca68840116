package fi.mittari.questionnaire.builder;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.builder.PickedCondition.Literal;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PickedConditionTest {

    private static final Pattern RULE = Pattern.compile("^\\s*(?:relevant|constraint): (.+?)\\s*(?:#.*)?$");

    /** Every condition and constraint written in the shipped questionnaires and in their format reference. */
    static List<String> shippedExpressions() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("surveys"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher match = RULE.matcher(line);
                    if (match.matches() && !match.group(1).contains("…")) {
                        found.add(match.group(1));
                    }
                }
            }
        }
        assertThat(found).as("expressions in surveys/").hasSizeGreaterThanOrEqualTo(5);
        return found;
    }

    @ParameterizedTest
    @MethodSource("shippedExpressions")
    void everyShippedConditionReadsAsPickedOrFreeAndWritesBackTheSameText(String text) {
        PickerState state = PickerState.of(text);

        String written =
                PickedCondition.of(text).map(PickedCondition::expression).orElse(state.free());

        assertThat(written).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "new_partners = 'yes'",
                "region != 'uusimaa'",
                "employment_status in ['open_labour_market', 'wage_subsidised']",
                "region in ['uusimaa', 'lappi']",
                "count(partner_activities) >= 1",
                ". > 0",
                ". >= 0 and . <= 80",
                "length(.) <= 200",
                "hours < 37.5",
                "usefulness = 10",
                ". >= -5",
                "selected(partner_activities, 'training')",
                "answered(followup_date)",
                "empty(comments)",
                "quote = \"it's\""
            })
    void commonFormsArePickedAndWrittenBackExactly(String text) {
        assertThat(PickedCondition.of(text))
                .hasValueSatisfying(picked -> assertThat(picked.expression()).isEqualTo(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not empty(followup_date) and followup_date > baseline_date",
                "not (status = 'employed')",
                "hours * 4 > 100",
                "a = 'x' or b = 'y'",
                "new_partners='yes'",
                "new_partners = \"yes\"",
                "(new_partners = 'yes')",
                ". >= 80 and . <= 0 and . > 1",
                "today() > followup_date",
                "not valid ((("
            })
    void otherTextsStayFreeExpressionsUnchanged(String text) {
        assertThat(PickedCondition.of(text)).isEmpty();
        assertThat(PickerState.of(text).mode()).isEqualTo(PickerState.FREE);
        assertThat(PickerState.of(text).free()).isEqualTo(text);
    }

    @Test
    void pickedPartsAreTheSubjectComparisonAndValues() {
        PickedCondition picked = PickedCondition.of("employment_status in ['open_labour_market', 'wage_subsidised']")
                .orElseThrow();

        assertThat(picked.subject()).isEqualTo("employment_status");
        assertThat(picked.comparison()).isEqualTo(Comparison.ONE_OF);
        assertThat(picked.values())
                .containsExactly(Literal.text("open_labour_market"), Literal.text("wage_subsidised"));
        assertThat(PickedCondition.of(". >= 0 and . <= 80").orElseThrow().values())
                .containsExactly(Literal.number(BigDecimal.ZERO), Literal.number(new BigDecimal("80")));
    }

    @Test
    void blankIsNoCondition() {
        assertThat(PickerState.of("  ").mode()).isEqualTo(PickerState.NONE);
        assertThat(PickerState.of(null).mode()).isEqualTo(PickerState.NONE);
    }
}
