package fi.mittari.response.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.response.AcceptedAnswers;
import fi.mittari.response.AnswerProblem;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.web.UiText;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the survey form's view model: question texts in the chosen language, entered values, field messages, grouped
 * by the questionnaire's pages.
 */
@Singleton
class SurveyPages {

    static final String FIELD_PREFIX = "q.";

    private static final Map<Language, String> LANGUAGE_NAMES =
            Map.of(Language.FI, "Suomeksi", Language.SV, "På svenska", Language.EN, "In English");

    private final UiText ui;
    private final LiveConditions live;
    private final ChoiceFilterFields filters;
    private final LiveTexts texts;
    private final Clock clock;
    private final ZoneId zone;

    SurveyPages(UiText ui, LiveConditions live, ChoiceFilterFields filters, LiveTexts texts, Clock clock, ZoneId zone) {
        this.ui = ui;
        this.live = live;
        this.filters = filters;
        this.texts = texts;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * One page of the questionnaire, as respondents go through it: {@code step} says where they are ("Page 2 of 5")
     * and which buttons the page has; {@code hidden} are the questions whose condition is false for the answers so
     * far (those decided by other pages are left off); {@code accepted} are the answers that decide the choice filters
     * and fill the references to earlier answers in labels.
     */
    SurveyPage page(
            String base,
            Questionnaire questionnaire,
            Language lang,
            String submissionKey,
            SubmittedAnswers entered,
            List<AnswerProblem> problems,
            Page page,
            Step step,
            Set<String> hidden,
            AcceptedAnswers accepted) {
        return render(
                base, questionnaire, lang, submissionKey, entered, problems, List.of(page), step, hidden, accepted);
    }

    /** Where the respondent is: page {@code number} of {@code of} shown pages, and what they may do next. */
    record Step(String pageKey, int number, int of, boolean first, boolean last, boolean offerLater, boolean kiosk) {}

    private SurveyPage render(
            String base,
            Questionnaire questionnaire,
            Language lang,
            String submissionKey,
            SubmittedAnswers entered,
            List<AnswerProblem> problems,
            List<Page> pages,
            Step step,
            Set<String> hidden,
            AcceptedAnswers accepted) {
        Map<String, String> errors = problems.stream()
                .collect(Collectors.toMap(
                        AnswerProblem::questionKey, p -> message(questionnaire, lang, p), (a, b) -> a));
        Function<LocalizedText, String> text = t -> t.in(lang, questionnaire.defaultLanguage());
        var answerTexts = new AnswerTexts(questionnaire, entered, accepted, text, new RespondentWriting(lang));
        var questionFields = new QuestionFields(ui, lang, questionnaire.defaultLanguage(), answerTexts::fill);
        List<SurveyPage.Section> sections = new ArrayList<>();
        List<SurveyPage.ErrorLink> errorLinks = new ArrayList<>();
        Set<String> onScreen =
                pages.stream().flatMap(p -> p.questionKeys().stream()).collect(Collectors.toSet());
        for (Page page : pages) {
            List<QuestionField> fields = new ArrayList<>();
            for (Question question : questionnaire.questionsOn(page)) {
                // a calculation is worked out on the server and never shown
                if (question.calculation().isPresent()
                        || LiveConditions.settledHidden(questionnaire, question, onScreen, hidden)) {
                    continue;
                }
                QuestionField field = filters.apply(
                        questionnaire,
                        question,
                        questionFields
                                .field(question, entered, errors)
                                .live(LiveConditions.valueKind(question), live.condition(questionnaire, question)),
                        onScreen,
                        accepted);
                fields.add(field);
                errorLinks.addAll(errorLinks(field));
            }
            sections.add(
                    new SurveyPage.Section(page.key(), text.apply(page.title()), text.apply(page.intro()), fields));
        }
        List<SurveyPage.LanguageLink> languages = questionnaire.languages().stream()
                .map(l -> new SurveyPage.LanguageLink(
                        l.code(), LANGUAGE_NAMES.get(l), base + "?lang=" + l.code(), l == lang))
                .toList();
        var chrome = new SurveyPage.Chrome(
                ui.get(lang.locale(), "skip.to.content"),
                ui.get(lang.locale(), "language.switch"),
                ui.get(lang.locale(), "form.intro.required"),
                ui.get(lang.locale(), "required"),
                ui.get(lang.locale(), "form.submit"));
        String progress = step.of() > 1 ? ui.get(lang.locale(), "form.progress", step.number(), step.of()) : "";
        String summary = errorLinks.isEmpty() ? "" : ui.get(lang.locale(), "form.errors.title", errorLinks.size());
        var navigation = new SurveyPage.Navigation(
                step.pageKey(),
                progress,
                !step.first(),
                !step.last(),
                step.offerLater(),
                step.kiosk(),
                ui.get(lang.locale(), "form.back"),
                ui.get(lang.locale(), "form.next"),
                ui.get(lang.locale(), "form.later"));
        String title = text.apply(questionnaire.title());
        return new SurveyPage(
                lang.code(),
                title,
                documentTitle(summary, progress, title),
                text.apply(questionnaire.description()),
                base + "?lang=" + lang.code(),
                submissionKey,
                languages,
                sections,
                errorLinks,
                summary,
                chrome,
                navigation,
                live.knownAnswers(questionnaire, pages, entered, hidden),
                // The server's today() in the application's zone, so the form's script agrees with the server.
                clock.instant().atZone(zone).toLocalDate().toString(),
                // The moment of writing the page, in the application's zone: to the second, so that the script's
                // now() (to the minute, as the server's) turns to the next minute when the server's would
                clock.instant()
                        .atZone(zone)
                        .toLocalDateTime()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString(),
                texts.of(
                        questionnaire,
                        pages,
                        new QuestionFields(ui, lang, questionnaire.defaultLanguage()),
                        answerTexts,
                        entered));
    }

    /**
     * The window's title, most particular first, so that a screen reader announces what changed: the problems to fix
     * when there are any, the page ("Sivu 2/3") when there are several, then the questionnaire.
     */
    static String documentTitle(String errorSummary, String progress, String title) {
        return Stream.of(errorSummary, progress, title)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" – "));
    }

    /** The field's own error, then its parts' (matrix items, the text of "other"), each linking to its control. */
    private static List<SurveyPage.ErrorLink> errorLinks(QuestionField field) {
        List<SurveyPage.ErrorLink> links = new ArrayList<>();
        if (field.hasError()) {
            links.add(new SurveyPage.ErrorLink(field.id(), field.label(), field.error()));
        }
        field.parts().stream()
                .filter(QuestionField.Part::hasError)
                .forEach(part -> links.add(new SurveyPage.ErrorLink(part.id(), part.errorLabel(), part.error())));
        if (field.other().hasError()) {
            links.add(new SurveyPage.ErrorLink(
                    field.other().id(),
                    field.label() + " – " + field.other().label(),
                    field.other().error()));
        }
        return links;
    }

    /** The problem in the respondent's words: a failed constraint in the questionnaire author's own message. */
    String message(Questionnaire questionnaire, Language lang, AnswerProblem problem) {
        var authored = questionnaire.rulesOf(problem.questionKey()).constraintMessage();
        if (problem.reason() == AnswerProblem.Reason.CONSTRAINT && !authored.isEmpty()) {
            return authored.in(lang, questionnaire.defaultLanguage());
        }
        return ui.get(
                lang.locale(),
                "answer." + problem.reason().name(),
                new RespondentWriting(lang).arguments(problem.arguments()));
    }
}
