package fi.mittari.response;

import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A respondent's way through a questionnaire one page at a time: which pages are shown for the answers so far, which
 * comes next or before, and what is wrong on the page just sent. Conditions are those of {@link AnswerValidator}, so
 * the pages walked are exactly the pages whose answers are stored at the end.
 */
public final class PageFlow {

    private final AnswerValidator validator;

    public PageFlow(LocalDate today) {
        this.validator = new AnswerValidator(today);
    }

    public List<Page> shownPages(Questionnaire questionnaire, SubmittedAnswers answers) {
        return validator.shownPages(questionnaire, answers);
    }

    /** The page with this key if it is shown for these answers, else the first shown page. */
    public Page current(Questionnaire questionnaire, SubmittedAnswers answers, String pageKey) {
        List<Page> shown = shownPages(questionnaire, answers);
        return shown.stream()
                .filter(page -> page.key().equals(pageKey))
                .findFirst()
                .orElse(shown.get(0));
    }

    public Optional<Page> after(Questionnaire questionnaire, SubmittedAnswers answers, Page page) {
        List<Page> shown = shownPages(questionnaire, answers);
        int at = indexOf(shown, page);
        return at + 1 < shown.size() ? Optional.of(shown.get(at + 1)) : Optional.empty();
    }

    public Optional<Page> before(Questionnaire questionnaire, SubmittedAnswers answers, Page page) {
        List<Page> shown = shownPages(questionnaire, answers);
        int at = indexOf(shown, page);
        return at > 0 ? Optional.of(shown.get(at - 1)) : Optional.empty();
    }

    /** The problems of the answers to this page's questions (later pages are not checked yet). */
    public List<AnswerProblem> problemsOn(Questionnaire questionnaire, Page page, SubmittedAnswers answers) {
        AnswerCheck check = validator.check(questionnaire, answers);
        if (!(check instanceof AnswerCheck.Invalid invalid)) {
            return List.of();
        }
        List<String> keys = page.questionKeys();
        return invalid.problems().stream()
                .filter(problem -> keys.stream().anyMatch(key -> belongsTo(problem.questionKey(), key)))
                .toList();
    }

    /**
     * The answers so far with this page's answers replaced by what the page sent: a box unticked on the page is
     * unticked in the response, and answers to other pages stay as they were.
     */
    public static SubmittedAnswers merge(
            Questionnaire questionnaire, Page page, SubmittedAnswers sofar, SubmittedAnswers sent) {
        List<String> keys =
                questionnaire.questionsOn(page).stream().map(Question::key).toList();
        Map<String, List<String>> merged = new LinkedHashMap<>();
        sofar.values().forEach((key, values) -> {
            if (keys.stream().noneMatch(own -> belongsTo(key, own))) {
                merged.put(key, values);
            }
        });
        sent.values().forEach((key, values) -> {
            if (keys.stream().anyMatch(own -> belongsTo(key, own))) {
                merged.put(key, values);
            }
        });
        return new SubmittedAnswers(merged);
    }

    /** "event", "event.venue" (a matrix item) and "situation.other" (the text of "other") all belong to "event"… */
    private static boolean belongsTo(String answerKey, String questionKey) {
        return answerKey.equals(questionKey) || answerKey.startsWith(questionKey + ".");
    }

    private static int indexOf(List<Page> shown, Page page) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).key().equals(page.key())) {
                return i;
            }
        }
        return -1;
    }
}
