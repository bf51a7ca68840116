package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.AnswerTypes;
import fi.mittari.questionnaire.expression.Expressions;
import fi.mittari.questionnaire.expression.ParseResult;
import fi.mittari.questionnaire.expression.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each question of a document being edited looks to an expression, by the reader's rule ({@link AnswerTypes}) over
 * the questions as written: a calculation's type is that of its value, so that pickers offer it with the comparisons
 * its value allows and check a free expression that uses it as the reader will.
 */
final class DocumentAnswerTypes {

    private DocumentAnswerTypes() {}

    /** Every question's type by key, as an expression sees it; a calculation that does not parse or type has none. */
    static Map<String, ValueType> types(QuestionnaireDocument document, List<PageOutline> outline) {
        Map<String, ValueType> asked = new LinkedHashMap<>();
        List<AnswerTypes.Calculation> calculations = new ArrayList<>();
        for (PageOutline page : outline) {
            for (QuestionOutline question : page.questions()) {
                if (!question.type().equals("calculate")) {
                    PickerQuestion.answerType(question.type()).ifPresent(type -> asked.put(question.key(), type));
                    continue;
                }
                document.scalar(question.at(), "calculation")
                        .map(Expressions::parse)
                        .filter(ParseResult.Parsed.class::isInstance)
                        .map(parsed -> ((ParseResult.Parsed) parsed).expression())
                        .ifPresent(formula -> calculations.add(new AnswerTypes.Calculation(question.key(), formula)));
            }
        }
        return AnswerTypes.withCalculations(asked, calculations);
    }
}
