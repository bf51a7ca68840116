package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionRules;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One question as a survey row. Bounds XLSForm has no property for become parenthesized conjuncts at the front of the
 * constraint, the form {@link ConstraintBounds} reads back.
 */
final class QuestionRowWriter {

    private static final int DEFAULT_MAX_LENGTH = 2000;

    private final String yesNoList;

    QuestionRowWriter(String yesNoList) {
        this.yesNoList = yesNoList;
    }

    Map<String, String> row(Question question, QuestionRules rules) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> bounds = new ArrayList<>();
        cells.put("type", type(question, cells, bounds));
        cells.put("name", question.key());
        SheetWriter.putTexts(cells, "label", question.label());
        SheetWriter.putTexts(cells, "hint", question.hint());
        if (question.required()) {
            cells.put("required", "yes");
        }
        question.classification().conceptCode().ifPresent(concept -> cells.put("mittari_concept", concept));
        if (question.classification().personal()) {
            cells.put("mittari_personal", "yes");
        }
        rules.relevant().ifPresent(relevant -> cells.put("relevant", XPathWriter.write(relevant)));
        rules.constraint()
                .ifPresent(constraint -> bounds.add(
                        bounds.isEmpty()
                                ? XPathWriter.write(constraint)
                                : XPathWriter.write(constraint, XPathWriter.rightOfAnd())));
        if (!bounds.isEmpty()) {
            cells.put("constraint", String.join(" and ", bounds));
        }
        SheetWriter.putTexts(cells, "constraint_message", rules.constraintMessage());
        return cells;
    }

    private String type(Question question, Map<String, String> cells, List<String> bounds) {
        if (question instanceof SingleChoiceQuestion single) {
            if (single.dropdown()) {
                cells.put("appearance", "minimal"); // XLSForm's dropdown
            }
            return "select_one " + question.key();
        } else if (question instanceof MultipleChoiceQuestion) {
            return "select_multiple " + question.key();
        } else if (question instanceof RatingQuestion rating) {
            cells.put("parameters", "start=" + rating.min() + " end=" + rating.max() + " step=1");
            SheetWriter.putTexts(cells, "mittari_min_label", rating.minLabel());
            SheetWriter.putTexts(cells, "mittari_max_label", rating.maxLabel());
            return "range";
        } else if (question instanceof TextQuestion text) {
            if (text.multiline()) {
                cells.put("appearance", "multiline");
            }
            if (text.maxLength() != DEFAULT_MAX_LENGTH) {
                bounds.add("(string-length(.) <= " + text.maxLength() + ")");
            }
            return "text";
        } else if (question instanceof NumberQuestion number) {
            number.min().ifPresent(min -> bounds.add("(. >= " + min.toPlainString() + ")"));
            number.max().ifPresent(max -> bounds.add("(. <= " + max.toPlainString() + ")"));
            SheetWriter.putTexts(cells, "mittari_unit", number.unit());
            return number.decimal() ? "decimal" : "integer";
        } else if (question instanceof DateQuestion date) {
            date.min().ifPresent(min -> bounds.add("(. >= date('" + min + "'))"));
            date.max().ifPresent(max -> bounds.add("(. <= date('" + max + "'))"));
            return "date";
        } else if (question instanceof ConsentQuestion) {
            return "acknowledge";
        } else if (question instanceof DisplayText) {
            return "note";
        }
        return "select_one " + yesNoList;
    }

    /** The choices a question's list holds; yes/no questions share one list. */
    static List<Choice> choices(Question question) {
        if (question instanceof SingleChoiceQuestion single) {
            return single.choices();
        } else if (question instanceof MultipleChoiceQuestion multiple) {
            return multiple.choices();
        }
        return List.of();
    }
}
