package fi.mittari.response.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.response.AnswerProblem;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.web.UiText;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Builds the survey form's view model: question texts in the chosen language, entered values, field messages. */
@Singleton
class SurveyPages {

    static final String FIELD_PREFIX = "q.";

    private static final Map<Language, String> LANGUAGE_NAMES =
            Map.of(Language.FI, "Suomeksi", Language.SV, "På svenska", Language.EN, "In English");

    private final UiText ui;

    SurveyPages(UiText ui) {
        this.ui = ui;
    }

    SurveyPage form(
            Campaign campaign,
            Questionnaire questionnaire,
            Language lang,
            String submissionKey,
            SubmittedAnswers entered,
            List<AnswerProblem> problems) {
        Map<String, AnswerProblem> problemByQuestion = problems.stream()
                .collect(Collectors.toMap(AnswerProblem::questionKey, Function.identity(), (a, b) -> a));
        Function<LocalizedText, String> text = t -> t.in(lang, questionnaire.defaultLanguage());
        List<QuestionField> fields = new ArrayList<>();
        List<SurveyPage.ErrorLink> errors = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            AnswerProblem problem = problemByQuestion.get(question.key());
            String error = problem == null ? "" : message(lang, problem);
            QuestionField field = field(question, text, entered.of(question.key()), error);
            fields.add(field);
            if (problem != null) {
                errors.add(new SurveyPage.ErrorLink(field.id(), field.label(), error));
            }
        }
        String base = "/s/" + campaign.slug();
        List<SurveyPage.LanguageLink> languages = questionnaire.languages().stream()
                .map(l -> new SurveyPage.LanguageLink(
                        l.code(), LANGUAGE_NAMES.get(l), base + "?lang=" + l.code(), l == lang))
                .toList();
        var chrome = new SurveyPage.Chrome(
                ui.get(lang, "skip.to.content"),
                ui.get(lang, "language.switch"),
                ui.get(lang, "form.intro.required"),
                ui.get(lang, "required"),
                ui.get(lang, "form.submit"));
        return new SurveyPage(
                lang.code(),
                text.apply(questionnaire.title()),
                text.apply(questionnaire.description()),
                base + "?lang=" + lang.code(),
                submissionKey,
                languages,
                fields,
                errors,
                errors.isEmpty() ? "" : ui.get(lang, "form.errors.title", errors.size()),
                chrome);
    }

    String message(Language lang, AnswerProblem problem) {
        return ui.get(
                lang, "answer." + problem.reason().name(), problem.arguments().toArray());
    }

    private QuestionField field(
            Question question, Function<LocalizedText, String> text, List<String> entered, String error) {
        String name = FIELD_PREFIX + question.key();
        String id = "q-" + question.key();
        String label = text.apply(question.label());
        String hint = text.apply(question.hint());
        String describedBy = describedBy(id, !hint.isEmpty(), !error.isEmpty());
        if (question instanceof SingleChoiceQuestion single) {
            return choiceField(
                    "single",
                    id,
                    name,
                    label,
                    hint,
                    single.required(),
                    options(id, single.choices(), text, entered),
                    error,
                    describedBy);
        }
        if (question instanceof MultipleChoiceQuestion multiple) {
            return choiceField(
                    "multiple",
                    id,
                    name,
                    label,
                    hint,
                    multiple.required(),
                    options(id, multiple.choices(), text, entered),
                    error,
                    describedBy);
        }
        if (question instanceof RatingQuestion rating) {
            String minLabel = text.apply(rating.minLabel());
            String maxLabel = text.apply(rating.maxLabel());
            List<QuestionField.Option> points = IntStream.rangeClosed(rating.min(), rating.max())
                    .mapToObj(point -> {
                        String v = String.valueOf(point);
                        String spoken = point == rating.min() ? minLabel : point == rating.max() ? maxLabel : "";
                        return new QuestionField.Option(id + "-" + v, v, v, entered.contains(v), spoken);
                    })
                    .toList();
            return new QuestionField(
                    "rating",
                    points.get(0).id(),
                    name,
                    label,
                    hint,
                    rating.required(),
                    points,
                    minLabel,
                    maxLabel,
                    false,
                    0,
                    "",
                    error,
                    describedBy);
        }
        TextQuestion free = (TextQuestion) question;
        return new QuestionField(
                "text",
                id,
                name,
                label,
                hint,
                free.required(),
                List.of(),
                "",
                "",
                free.multiline(),
                free.maxLength(),
                String.join("\n", entered),
                error,
                describedBy);
    }

    private static QuestionField choiceField(
            String kind,
            String id,
            String name,
            String label,
            String hint,
            boolean required,
            List<QuestionField.Option> options,
            String error,
            String describedBy) {
        String firstId = options.isEmpty() ? id : options.get(0).id();
        return new QuestionField(
                kind, firstId, name, label, hint, required, options, "", "", false, 0, "", error, describedBy);
    }

    private static List<QuestionField.Option> options(
            String id, List<Choice> choices, Function<LocalizedText, String> text, List<String> entered) {
        return choices.stream()
                .map(c -> new QuestionField.Option(
                        id + "-" + c.value(), c.value(), text.apply(c.label()), entered.contains(c.value()), ""))
                .toList();
    }

    private static String describedBy(String id, boolean hasHint, boolean hasError) {
        List<String> ids = new ArrayList<>();
        if (hasHint) {
            ids.add(id + "-hint");
        }
        if (hasError) {
            ids.add(id + "-error");
        }
        return String.join(" ", ids);
    }
}
