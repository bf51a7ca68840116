package fi.mittari.response.web;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.web.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Turns one question, what the respondent entered and its error into the field the template renders. */
final class QuestionFields {

    private final UiText ui;
    private final Language lang;
    private final Function<LocalizedText, String> text;

    QuestionFields(UiText ui, Language lang, Language fallback) {
        this.ui = ui;
        this.lang = lang;
        this.text = t -> t.in(lang, fallback);
    }

    QuestionField field(Question question, List<String> entered, String error) {
        String id = "q-" + question.key();
        Field f = new Field(question, id, text.apply(question.label()), text.apply(question.hint()), error);
        if (question instanceof SingleChoiceQuestion single && single.dropdown()) {
            var choose = new QuestionField.Option(id + "-none", "", ui.get(lang.locale(), "form.choose"), false, "");
            var options = new ArrayList<QuestionField.Option>(List.of(choose));
            options.addAll(options(id, single.choices(), entered));
            return f.select(options);
        }
        if (question instanceof SingleChoiceQuestion single) {
            return f.choices("single", options(id, single.choices(), entered));
        }
        if (question instanceof MultipleChoiceQuestion multiple) {
            return f.choices("multiple", options(id, multiple.choices(), entered));
        }
        if (question instanceof YesNoQuestion yesNo) {
            // the same words reports use, so a form and its workbook never disagree
            return f.choices("single", options(id, yesNo.singleAnswerChoices(), entered));
        }
        if (question instanceof ConsentQuestion) {
            return f.choices(
                    "consent",
                    List.of(option(
                            id, ConsentQuestion.ACCEPTED, ui.get(lang.locale(), "form.consent.accept"), entered)));
        }
        if (question instanceof RatingQuestion rating) {
            return rating(f, rating, entered);
        }
        String value = String.join("\n", entered);
        if (question instanceof NumberQuestion number) {
            return f.input("number", value, text.apply(number.unit()), number.decimal() ? "decimal" : "numeric", 40);
        }
        if (question instanceof DateQuestion) {
            return f.withHint(ui.get(lang.locale(), "form.date.hint")).input("date", value, "", "", 10);
        }
        if (question instanceof TextQuestion free) {
            return f.input(free.multiline() ? "textarea" : "text", value, "", "", free.maxLength());
        }
        return f.input("note", "", "", "", 0);
    }

    private QuestionField rating(Field f, RatingQuestion rating, List<String> entered) {
        String minLabel = text.apply(rating.minLabel());
        String maxLabel = text.apply(rating.maxLabel());
        List<QuestionField.Option> points = IntStream.rangeClosed(rating.min(), rating.max())
                .mapToObj(point -> {
                    String v = String.valueOf(point);
                    String spoken = point == rating.min() ? minLabel : point == rating.max() ? maxLabel : "";
                    return new QuestionField.Option(f.id + "-" + v, v, v, entered.contains(v), spoken);
                })
                .toList();
        return f.scale(points, minLabel, maxLabel);
    }

    private List<QuestionField.Option> options(String id, List<Choice> choices, List<String> entered) {
        return choices.stream()
                .map(c -> option(id, c.value(), text.apply(c.label()), entered))
                .toList();
    }

    private static QuestionField.Option option(String id, String value, String label, List<String> entered) {
        return new QuestionField.Option(id + "-" + value, value, label, entered.contains(value), "");
    }

    /** The parts every kind of field shares; each method finishes one kind. */
    private static final class Field {
        final Question question;
        final String id;
        final String label;
        final String hint;
        final String error;

        Field(Question question, String id, String label, String hint, String error) {
            this.question = question;
            this.id = id;
            this.label = label;
            this.hint = hint;
            this.error = error;
        }

        Field withHint(String extra) {
            return new Field(question, id, label, hint.isEmpty() ? extra : hint + " " + extra, error);
        }

        QuestionField choices(String kind, List<QuestionField.Option> options) {
            String first = options.isEmpty() ? id : options.get(0).id();
            return build(kind, first, options, "", "", "", "", "", 0);
        }

        /** A select list: the label points at the select itself, so errors link there too. */
        QuestionField select(List<QuestionField.Option> options) {
            return build("dropdown", id, options, "", "", "", "", "", 0);
        }

        QuestionField scale(List<QuestionField.Option> points, String minLabel, String maxLabel) {
            return build("rating", points.get(0).id(), points, minLabel, maxLabel, "", "", "", 0);
        }

        QuestionField input(String kind, String value, String unit, String inputMode, int maxLength) {
            return build(kind, id, List.of(), "", "", value, unit, inputMode, maxLength);
        }

        private QuestionField build(
                String kind,
                String focusId,
                List<QuestionField.Option> options,
                String minLabel,
                String maxLabel,
                String value,
                String unit,
                String inputMode,
                int maxLength) {
            List<String> describedBy = new ArrayList<>();
            if (!hint.isEmpty()) {
                describedBy.add(id + "-hint");
            }
            if (!error.isEmpty()) {
                describedBy.add(id + "-error");
            }
            boolean multiline = kind.equals("textarea");
            return new QuestionField(
                    multiline ? "text" : kind,
                    focusId,
                    SurveyPages.FIELD_PREFIX + question.key(),
                    label,
                    hint,
                    question.required() && question.takesAnswer(),
                    options,
                    minLabel,
                    maxLabel,
                    multiline,
                    maxLength,
                    value,
                    unit,
                    inputMode,
                    error,
                    String.join(" ", describedBy));
        }
    }
}
