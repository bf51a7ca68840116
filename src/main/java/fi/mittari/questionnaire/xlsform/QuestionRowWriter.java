package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.OtherChoice;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionRules;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The question's rows: one, except for a matrix, which is a {@code table-list} group of one {@code select_one}
     * row per item, named {@code <matrix key>_<item key>}, all on the matrix's choice list.
     */
    List<Map<String, String>> rows(Question question, QuestionRules rules) {
        Map<String, String> first = row(question, rules);
        if (!(question instanceof MatrixQuestion matrix)) {
            return List.of(first);
        }
        List<Map<String, String>> rows = new ArrayList<>(List.of(first));
        for (MatrixItem item : matrix.items()) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("type", "select_one " + matrix.key());
            cells.put("name", matrix.key() + "_" + item.key());
            SheetWriter.putTexts(cells, "label", item.label());
            if (matrix.required()) {
                cells.put("required", "yes");
            }
            rows.add(cells);
        }
        rows.add(Map.of("type", "end_group"));
        return rows;
    }

    private Map<String, String> row(Question question, QuestionRules rules) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> bounds = new ArrayList<>();
        cells.put("type", type(question, cells, bounds));
        cells.put("name", question.key());
        SheetWriter.putTexts(cells, "label", question.label());
        SheetWriter.putTexts(cells, "hint", question.hint());
        if (question.required() && !(question instanceof MatrixQuestion)) {
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
            return "select_one " + question.key() + orOther(single.other(), cells);
        } else if (question instanceof MultipleChoiceQuestion multiple) {
            return "select_multiple " + question.key() + orOther(multiple.other(), cells);
        } else if (question instanceof LikertQuestion likert) {
            cells.put("appearance", "likert");
            SheetWriter.putTexts(cells, "mittari_min_label", likert.minLabel());
            SheetWriter.putTexts(cells, "mittari_max_label", likert.maxLabel());
            return "select_one " + question.key();
        } else if (question instanceof MatrixQuestion) {
            cells.put("appearance", "table-list");
            return "begin_group";
        } else if (question instanceof RankingQuestion ranking) {
            if (ranking.rankCount() != RankingQuestion.ALL) {
                cells.put("mittari_rank_count", String.valueOf(ranking.rankCount()));
            }
            return "rank " + question.key();
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

    /** XLSForm's "or_other"; Mittari's own wording for it, when there is one, in {@code mittari_other_label}. */
    private static String orOther(Optional<OtherChoice> other, Map<String, String> cells) {
        other.ifPresent(o -> SheetWriter.putTexts(cells, "mittari_other_label", o.label()));
        return other.isPresent() ? " or_other" : "";
    }

    /**
     * The choices a question's list holds ("other" is XLSForm's or_other, not a listed choice); a Likert scale's list
     * is its points valued 1 to N. Yes/no questions share one list. Choices from a code list are written as the
     * list offers them now; retired entries are left out, since XLSForm cannot say "not offered".
     */
    static List<Choice> choices(Question question) {
        if (question instanceof SingleChoiceQuestion single) {
            return single.choices().stream().filter(Choice::offered).toList();
        } else if (question instanceof MultipleChoiceQuestion multiple) {
            return multiple.choices().stream().filter(Choice::offered).toList();
        } else if (question instanceof LikertQuestion likert) {
            return likert.singleAnswerChoices();
        } else if (question instanceof MatrixQuestion matrix) {
            return matrix.choices();
        } else if (question instanceof RankingQuestion ranking) {
            return ranking.choices();
        }
        return List.of();
    }
}
