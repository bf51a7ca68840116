package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixItems;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.OtherChoice;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionRules;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
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
        List<MatrixItem> items = MatrixItems.of(question);
        if (items.isEmpty()) {
            return List.of(first);
        }
        List<Map<String, String>> rows = new ArrayList<>(List.of(first));
        for (MatrixItem item : items) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("type", "select_one " + question.key());
            cells.put("name", question.key() + "_" + item.key());
            SheetWriter.putTexts(cells, "label", item.label());
            if (question.required()) {
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
        cells.put("type", question.accept(new TypeCells(cells, bounds)));
        cells.put("name", question.key());
        SheetWriter.putTexts(cells, "label", question.label());
        SheetWriter.putTexts(cells, "hint", question.hint());
        // a matrix is a group: its items carry "required", one row each
        if (question.required() && MatrixItems.of(question).isEmpty()) {
            cells.put("required", "yes");
        }
        question.classification().conceptCode().ifPresent(concept -> cells.put("mittari_concept", concept));
        if (question.classification().personal()) {
            cells.put("mittari_personal", "yes");
        }
        rules.relevant().ifPresent(relevant -> cells.put("relevant", XPathWriter.write(relevant)));
        rules.choiceFilter().ifPresent(filter -> cells.put("choice_filter", XPathWriter.write(filter)));
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

    /** The type column, with the cells and bounds the type adds. */
    private final class TypeCells implements QuestionVisitor<String> {

        private final Map<String, String> cells;
        private final List<String> bounds;

        TypeCells(Map<String, String> cells, List<String> bounds) {
            this.cells = cells;
            this.bounds = bounds;
        }

        @Override
        public String visitSingleChoice(SingleChoiceQuestion single) {
            if (single.dropdown()) {
                cells.put("appearance", "minimal"); // XLSForm's dropdown
            }
            return "select_one " + single.key() + orOther(single.other(), cells);
        }

        @Override
        public String visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return "select_multiple " + multiple.key() + orOther(multiple.other(), cells);
        }

        @Override
        public String visitLikert(LikertQuestion likert) {
            cells.put("appearance", "likert");
            SheetWriter.putTexts(cells, "mittari_min_label", likert.minLabel());
            SheetWriter.putTexts(cells, "mittari_max_label", likert.maxLabel());
            return "select_one " + likert.key();
        }

        @Override
        public String visitMatrix(MatrixQuestion matrix) {
            cells.put("appearance", "table-list");
            return "begin_group";
        }

        @Override
        public String visitRanking(RankingQuestion ranking) {
            if (ranking.rankCount() != RankingQuestion.ALL) {
                cells.put("mittari_rank_count", String.valueOf(ranking.rankCount()));
            }
            return "rank " + ranking.key();
        }

        @Override
        public String visitCalculate(CalculateQuestion calculate) {
            cells.put("calculation", XPathWriter.write(calculate.formula()));
            return "calculate";
        }

        @Override
        public String visitRating(RatingQuestion rating) {
            cells.put("parameters", "start=" + rating.min() + " end=" + rating.max() + " step=1");
            SheetWriter.putTexts(cells, "mittari_min_label", rating.minLabel());
            SheetWriter.putTexts(cells, "mittari_max_label", rating.maxLabel());
            return "range";
        }

        @Override
        public String visitText(TextQuestion text) {
            if (text.multiline()) {
                cells.put("appearance", "multiline");
            }
            if (text.maxLength() != DEFAULT_MAX_LENGTH) {
                bounds.add("(string-length(.) <= " + text.maxLength() + ")");
            }
            return "text";
        }

        @Override
        public String visitNumber(NumberQuestion number) {
            number.min().ifPresent(min -> bounds.add("(. >= " + min.toPlainString() + ")"));
            number.max().ifPresent(max -> bounds.add("(. <= " + max.toPlainString() + ")"));
            SheetWriter.putTexts(cells, "mittari_unit", number.unit());
            return number.decimal() ? "decimal" : "integer";
        }

        @Override
        public String visitDate(DateQuestion date) {
            date.min().ifPresent(min -> bounds.add("(. >= date('" + min + "'))"));
            date.max().ifPresent(max -> bounds.add("(. <= date('" + max + "'))"));
            return "date";
        }

        @Override
        public String visitTime(TimeQuestion time) {
            time.min().ifPresent(min -> bounds.add("(. >= time('" + min + "'))"));
            time.max().ifPresent(max -> bounds.add("(. <= time('" + max + "'))"));
            return "time";
        }

        @Override
        public String visitDateTime(DateTimeQuestion dateTime) {
            dateTime.min().ifPresent(min -> bounds.add("(. >= datetime('" + min + "'))"));
            dateTime.max().ifPresent(max -> bounds.add("(. <= datetime('" + max + "'))"));
            return "datetime";
        }

        @Override
        public String visitConsent(ConsentQuestion consent) {
            return "acknowledge";
        }

        @Override
        public String visitDisplayText(DisplayText text) {
            return "note";
        }

        @Override
        public String visitYesNo(YesNoQuestion yesNo) {
            return "select_one " + yesNoList;
        }
    }

    /** XLSForm's "or_other"; Mittari's own wording for it, when there is one, in {@code mittari_other_label}. */
    private static String orOther(Optional<OtherChoice> other, Map<String, String> cells) {
        other.ifPresent(o -> SheetWriter.putTexts(cells, "mittari_other_label", o.label()));
        return other.isPresent() ? " or_other" : "";
    }
}
