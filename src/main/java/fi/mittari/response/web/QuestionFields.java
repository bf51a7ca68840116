package fi.mittari.response.web;

import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.response.ClockText;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.web.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Turns one question, what the respondent entered and its error into the field the template renders. */
final class QuestionFields {

    private final UiText ui;
    private final Language lang;
    private final Function<LocalizedText, String> text;

    private final PartFields parts;

    private final java.util.function.UnaryOperator<String> fill;

    QuestionFields(UiText ui, Language lang, Language fallback) {
        this(ui, lang, fallback, written -> written);
    }

    /** {@code fill} puts earlier answers in place of the references in labels, hints and choices' labels. */
    QuestionFields(UiText ui, Language lang, Language fallback, java.util.function.UnaryOperator<String> fill) {
        this.fill = fill;
        this.ui = ui;
        this.lang = lang;
        this.text = t -> t.in(lang, fallback);
        this.parts = new PartFields(ui, lang, text, fill);
    }

    /** {@code errors} are messages by answer key: the question's own, and "question.part" for its parts. */
    QuestionField field(Question question, SubmittedAnswers answers, Map<String, String> errors) {
        String id = "q-" + question.key();
        List<String> entered = answers.of(question.key());
        CommonField f = new CommonField(
                question,
                id,
                fill.apply(text.apply(question.label())),
                fill.apply(text.apply(question.hint())),
                errors.getOrDefault(question.key(), ""),
                parts.other(question, answers, errors));
        return question.accept(new Kind(f, answers, errors, entered));
    }

    /** The field of each type of question. */
    private final class Kind implements QuestionVisitor<QuestionField> {
        private final CommonField f;
        private final SubmittedAnswers answers;
        private final Map<String, String> errors;
        private final List<String> entered;

        Kind(CommonField f, SubmittedAnswers answers, Map<String, String> errors, List<String> entered) {
            this.f = f;
            this.answers = answers;
            this.errors = errors;
            this.entered = entered;
        }

        @Override
        public QuestionField visitSingleChoice(SingleChoiceQuestion single) {
            if (!single.dropdown()) {
                return f.choices("single", options(f.id(), single.offeredChoices(), entered));
            }
            var choose =
                    new QuestionField.Option(f.id() + "-none", "", ui.get(lang.locale(), "form.choose"), false, "");
            var options = new ArrayList<QuestionField.Option>(List.of(choose));
            options.addAll(options(f.id(), single.offeredChoices(), entered));
            return f.select(options);
        }

        @Override
        public QuestionField visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return f.choices("multiple", options(f.id(), multiple.offeredChoices(), entered));
        }

        @Override
        public QuestionField visitLikert(LikertQuestion likert) {
            return likert(f, likert, entered);
        }

        @Override
        public QuestionField visitMatrix(MatrixQuestion matrix) {
            List<QuestionField.Option> scale = options(f.id(), matrix.choices(), List.of());
            return f.withParts("matrix", parts.matrix(matrix, answers, errors), scale);
        }

        @Override
        public QuestionField visitRanking(RankingQuestion ranking) {
            return f.withParts("ranking", parts.ranking(ranking, answers), List.of());
        }

        @Override
        public QuestionField visitCalculate(CalculateQuestion calculate) {
            throw new IllegalStateException("a calculation has no field; SurveyPages leaves it off the page");
        }

        @Override
        public QuestionField visitYesNo(YesNoQuestion yesNo) {
            // the same words reports use, so a form and its workbook never disagree
            return f.choices("single", options(f.id(), yesNo.singleAnswerChoices(), entered));
        }

        @Override
        public QuestionField visitConsent(ConsentQuestion consent) {
            return f.choices(
                    "consent",
                    List.of(option(
                            f.id(), ConsentQuestion.ACCEPTED, ui.get(lang.locale(), "form.consent.accept"), entered)));
        }

        @Override
        public QuestionField visitRating(RatingQuestion rating) {
            return rating(f, rating, entered);
        }

        @Override
        public QuestionField visitNumber(NumberQuestion number) {
            return f.input("number", value(), text.apply(number.unit()), number.decimal() ? "decimal" : "numeric", 40);
        }

        @Override
        public QuestionField visitDate(DateQuestion date) {
            return f.withHint(ui.get(lang.locale(), "form.date.hint")).input("date", value(), "", "", 10);
        }

        // A field with a picker shows only a value in the ISO form, so one typed as "9.30" is shown read.
        @Override
        public QuestionField visitTime(TimeQuestion time) {
            String shown = ClockText.time(value()).map(ClockText::iso).orElse(value());
            return f.withHint(ui.get(lang.locale(), "form.time.hint")).input("time", shown, "", "", 8);
        }

        @Override
        public QuestionField visitDateTime(DateTimeQuestion dateTime) {
            String shown = ClockText.dateTime(value()).map(ClockText::iso).orElse(value());
            return f.withHint(ui.get(lang.locale(), "form.datetime.hint")).input("datetime", shown, "", "", 20);
        }

        @Override
        public QuestionField visitText(TextQuestion free) {
            return f.input(free.multiline() ? "textarea" : "text", value(), "", "", free.maxLength());
        }

        @Override
        public QuestionField visitDisplayText(DisplayText note) {
            return f.input("note", "", "", "", 0);
        }

        private String value() {
            return String.join("\n", entered);
        }
    }

    private QuestionField rating(CommonField f, RatingQuestion rating, List<String> entered) {
        String minLabel = text.apply(rating.minLabel());
        String maxLabel = text.apply(rating.maxLabel());
        List<QuestionField.Option> points = IntStream.rangeClosed(rating.min(), rating.max())
                .mapToObj(point -> {
                    String v = String.valueOf(point);
                    String spoken = point == rating.min() ? minLabel : point == rating.max() ? maxLabel : "";
                    return new QuestionField.Option(f.id() + "-" + v, v, v, entered.contains(v), spoken);
                })
                .toList();
        return f.scale(points, minLabel, maxLabel);
    }

    /** Numbered points like a rating; a scale whose every point has words reads better as a list of choices. */
    private QuestionField likert(CommonField f, LikertQuestion likert, List<String> entered) {
        if (likert.labelsEveryPoint()) {
            return f.choices("single", options(f.id(), likert.singleAnswerChoices(), entered));
        }
        String minLabel = text.apply(likert.minLabel());
        String maxLabel = text.apply(likert.maxLabel());
        List<QuestionField.Option> points = IntStream.rangeClosed(1, likert.points())
                .mapToObj(point -> {
                    String v = String.valueOf(point);
                    String spoken = point == 1 ? minLabel : point == likert.points() ? maxLabel : "";
                    return new QuestionField.Option(f.id() + "-" + v, v, v, entered.contains(v), spoken);
                })
                .toList();
        return f.scale(points, minLabel, maxLabel);
    }

    private List<QuestionField.Option> options(String id, List<Choice> choices, List<String> entered) {
        return choices.stream()
                .map(c -> option(id, c.value(), fill.apply(text.apply(c.label())), entered))
                .toList();
    }

    private static QuestionField.Option option(String id, String value, String label, List<String> entered) {
        return new QuestionField.Option(id + "-" + value, value, label, entered.contains(value), "");
    }
}
