package fi.mittari.questionnaire.builder;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.builder.ExpressionInput.Refused;
import fi.mittari.questionnaire.builder.ExpressionInput.Written;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionFieldsTest {

    private static final PickerScope CONDITION = PickerScope.condition(PickerScopeTest.QUESTIONS, "employed");
    private static final PickerScope CONSTRAINT = PickerScope.constraint(PickerScopeTest.QUESTIONS, "hours");

    private static Map<String, Object> form(Object... namesAndValues) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put("relevant." + namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static ExpressionInput read(PickerScope scope, Object... namesAndValues) {
        return ExpressionFields.from(form(namesAndValues), "relevant", scope);
    }

    @Test
    void pickedFieldsMakeTheExpressionAPersonWouldWrite() {
        assertThat(read(CONDITION, "mode", "pick", "subject", "region", "comparison", "eq", "choice", "lappi"))
                .isEqualTo(new Written("region = 'lappi'"));
        assertThat(read(
                        CONDITION,
                        "mode",
                        "pick",
                        "subject",
                        "region",
                        "comparison",
                        "in",
                        "choice",
                        List.of("uusimaa", "lappi")))
                .isEqualTo(new Written("region in ['uusimaa', 'lappi']"));
        assertThat(read(
                        CONDITION,
                        "mode",
                        "pick",
                        "subject",
                        "activities",
                        "comparison",
                        "selected",
                        "choice",
                        "coaching"))
                .isEqualTo(new Written("selected(activities, 'coaching')"));
        assertThat(read(CONDITION, "mode", "pick", "subject", "count(activities)", "comparison", "ge", "number", "1"))
                .isEqualTo(new Written("count(activities) >= 1"));
        assertThat(read(CONDITION, "mode", "pick", "subject", "hours", "comparison", "answered"))
                .isEqualTo(new Written("answered(hours)"));
    }

    @Test
    void constraintsCompareTheAnswerItselfAndTakeADecimalComma() {
        assertThat(read(CONSTRAINT, "mode", "pick", "subject", ".", "comparison", "gt", "number", "0"))
                .isEqualTo(new Written(". > 0"));
        assertThat(read(
                        CONSTRAINT,
                        "mode",
                        "pick",
                        "subject",
                        ".",
                        "comparison",
                        "between",
                        "number",
                        "0",
                        "numberTo",
                        "37,5"))
                .isEqualTo(new Written(". >= 0 and . <= 37.5"));
    }

    @Test
    void whatWasStoredComesBackInTheSameFields() {
        for (String text : List.of("region in ['uusimaa', 'lappi']", ". >= 0 and . <= 80", "region = 'lappi'")) {
            PickerScope scope = text.startsWith(".") ? CONSTRAINT : CONDITION;
            assertThat(ExpressionFields.read(PickerState.of(text), "relevant", scope))
                    .isEqualTo(new Written(text));
        }
    }

    @Test
    void noConditionRemovesTheField() {
        assertThat(read(CONDITION, "mode", "none", "free", "ignored")).isInstanceOf(ExpressionInput.None.class);
        assertThat(ExpressionFields.from(null, "relevant", CONDITION)).isInstanceOf(ExpressionInput.None.class);
    }

    @Test
    void eachRefusalNamesTheFieldToFix() {
        assertThat(refusal(read(CONDITION, "mode", "pick")))
                .containsExactly("relevant.subject", "pickers.problem.subject");
        assertThat(refusal(read(CONDITION, "mode", "pick", "subject", "employed", "comparison", "eq")))
                .containsExactly("relevant.subject", "pickers.problem.subjectLater");
        assertThat(refusal(read(CONDITION, "mode", "pick", "subject", "region", "comparison", "gt")))
                .containsExactly("relevant.comparison", "pickers.problem.comparison");
        assertThat(refusal(read(CONDITION, "mode", "pick", "subject", "region", "comparison", "eq")))
                .containsExactly("relevant.choice", "pickers.problem.oneChoice");
        assertThat(refusal(read(CONDITION, "mode", "pick", "subject", "region", "comparison", "eq", "choice", "x")))
                .containsExactly("relevant.choice", "pickers.problem.notAChoice");
        assertThat(refusal(read(CONDITION, "mode", "pick", "subject", "hours", "comparison", "lt", "number", "lots")))
                .containsExactly("relevant.number", "pickers.problem.number");
        assertThat(refusal(read(
                        CONSTRAINT,
                        "mode",
                        "pick",
                        "subject",
                        ".",
                        "comparison",
                        "between",
                        "number",
                        "9",
                        "numberTo",
                        "1")))
                .containsExactly("relevant.numberTo", "pickers.problem.range");
        assertThat(refusal(read(CONDITION, "mode", "free", "free", " ")))
                .containsExactly("relevant.free", "pickers.problem.freeEmpty");
    }

    @Test
    void aFreeExpressionIsRefusedWithThePlainWordingOfItsFirstProblemAndItsColumn() {
        Refused refused = (Refused) read(CONDITION, "mode", "free", "free", "region = 'uusimaa' and regio = 'x'");

        assertThat(refused.field()).isEqualTo("relevant.free");
        assertThat(refused.column()).isEqualTo(24);
        assertThat(refused.wording())
                .isEqualTo(new ProblemWording("pickers.plain.expr.unknownQuestionSuggest", List.of("regio", "region")));
    }

    @Test
    void aFreeExpressionWithoutProblemsIsStoredTrimmed() {
        assertThat(read(CONDITION, "mode", "free", "free", "  not empty(hours) and hours > 3 "))
                .isEqualTo(new Written("not empty(hours) and hours > 3"));
    }

    private static List<String> refusal(ExpressionInput input) {
        assertThat(input).isInstanceOf(Refused.class);
        Refused refused = (Refused) input;
        return List.of(refused.field(), refused.wording().key());
    }
}
