package fi.mittari.response.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.response.AnswerProblem;
import fi.mittari.response.PageFlow;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.web.i18n.StaffMessages;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One questionnaire in the designer's preview, shown a page at a time by the respondents' template under a banner in
 * the staff member's own language ({@code staff}). Nothing is stored: the answers to the pages not on screen are
 * carried by the form itself, as hidden fields named {@value #KEPT_PREFIX} and the question key.
 */
final class PreviewScreen {

    /** The prefix of the hidden fields that carry the answers to the pages not on screen. */
    static final String KEPT_PREFIX = "kept.";

    /** A preview is no page of its own for search engines, whatever links to it. */
    static final String ROBOTS = "X-Robots-Tag";

    static final String NOINDEX = "noindex, nofollow";

    private final SurveyPages pages;
    private final String key;
    private final Questionnaire questionnaire;
    private final Locale staff;

    PreviewScreen(SurveyPages pages, String key, Questionnaire questionnaire, Locale staff) {
        this.pages = pages;
        this.key = key;
        this.questionnaire = questionnaire;
        this.staff = staff;
    }

    /** The page {@code at}, with {@code problems}, and the banner's outcome or notice ({@code note}, a key). */
    HttpResponse<?> show(
            Language language,
            SubmittedAnswers answers,
            PageFlow.Position at,
            List<AnswerProblem> problems,
            String note) {
        var step = new SurveyPages.Step(
                at.page().key(), at.number(), at.shown().size(), at.first(), at.lastWhateverTheAnswers(), false, false);
        String base = "/staff/questionnaires/" + key + "/preview";
        SurveyPage page = pages.page(
                base,
                questionnaire,
                language,
                SubmissionKeys.fresh(),
                answers,
                problems,
                at.page(),
                step,
                at.hidden(),
                at.accepted());
        var preview = new Preview(
                staff.getLanguage(),
                text("questionnaires.preview.label"),
                text("questionnaires.preview.notice", key),
                "/staff/questionnaires/" + key + "/edit",
                text("questionnaires.preview.backToEditor"),
                note.isEmpty() ? "" : text(note),
                kept(questionnaire, at.page(), answers));
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("preview", preview);
        // As on the real form, answers typed in a preview never linger in the browser's cache.
        return HttpResponse.status(problems.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .header(ROBOTS, NOINDEX)
                .header("Cache-Control", "no-store")
                .body(new ModelAndView<>("survey/form", model));
    }

    private String text(String messageKey, Object... arguments) {
        return StaffMessages.message(staff, messageKey, arguments).orElse(messageKey);
    }

    /** The answers to every page but {@code page}, as the hidden fields that carry them to the next screen. */
    private static List<Preview.Kept> kept(Questionnaire questionnaire, Page page, SubmittedAnswers answers) {
        List<Preview.Kept> kept = new ArrayList<>();
        PageFlow.merge(questionnaire, page, answers, new SubmittedAnswers(Map.of()))
                .values()
                .forEach((question, values) ->
                        values.forEach(value -> kept.add(new Preview.Kept(KEPT_PREFIX + question, value))));
        return kept;
    }

    /**
     * The banner above a previewed form, in the staff member's language ({@code lang}): what it is, the way back to
     * the editor, and the outcome of a send (or why the live version is shown); {@code kept} are the hidden answers.
     */
    public record Preview(
            String lang,
            String label,
            String notice,
            String editorHref,
            String editorText,
            String outcome,
            List<Kept> kept) {

        public boolean hasOutcome() {
            return !outcome.isEmpty();
        }

        /** One answer to a page not on screen: a hidden field of the form. */
        public record Kept(String name, String value) {}
    }
}
