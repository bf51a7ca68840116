package fi.mittari.response;

import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A respondent's way through a questionnaire one page at a time: which pages are shown for the answers so far, where
 * the respondent is among them, and what is wrong on that page. Conditions are those of {@link AnswerValidator} (one
 * pass of it per position), so the pages walked are exactly the pages whose answers are stored at the end.
 */
public final class PageFlow {

    private final AnswerValidator validator;

    /** {@code language}: the respondent's, in which concat() writes dates and times; now() is the start of today. */
    public PageFlow(LocalDate today, fi.mittari.questionnaire.Language language) {
        this(today.atStartOfDay(), language);
    }

    /** {@code now}: what now() gives, in the application's zone, so that a page shows what sending it would store. */
    public PageFlow(java.time.LocalDateTime now, fi.mittari.questionnaire.Language language) {
        this.validator = new AnswerValidator(now).in(language);
    }

    /**
     * The respondent on page {@code pageKey} if it is shown for these answers, else on the first shown page; with
     * the problems of the answers to that page's questions (later pages are not checked yet).
     */
    public Position at(Questionnaire questionnaire, SubmittedAnswers answers, String pageKey) {
        AnswerValidator.Walk walk = validator.walk(questionnaire, answers);
        List<Page> shown =
                walk.shown().isEmpty() ? List.of(questionnaire.pages().get(0)) : walk.shown();
        int index = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).key().equals(pageKey)) {
                index = i;
            }
        }
        Page page = shown.get(index);
        List<AnswerProblem> problems = walk.problems().stream()
                .filter(problem -> page.questionKeys().stream().anyMatch(key -> belongsTo(problem.questionKey(), key)))
                .toList();
        return new Position(
                shown, index, problems, walk.hidden(), walk.accepted(), laterPageWaitsOn(questionnaire, page));
    }

    /**
     * Whether a page after {@code page} has a condition on one of its answers: answered one way, the page is the last;
     * answered another, more follow (as after a repeat's "add another?"). Without script the form cannot know which
     * before the page is sent.
     */
    private static boolean laterPageWaitsOn(Questionnaire questionnaire, Page page) {
        return questionnaire.pages().stream()
                .dropWhile(later -> !later.key().equals(page.key()))
                .skip(1)
                .flatMap(later -> later.relevant().stream())
                .flatMap(condition -> condition.references().stream())
                .anyMatch(reference -> page.questionKeys().stream().anyMatch(key -> belongsTo(reference, key)));
    }

    /**
     * Page {@code index} of the {@code shown} pages, the problems of its answers, and the questions whose condition is
     * false for the answers so far; {@code accepted} decides the choice filters that depend on earlier pages;
     * {@code laterPageWaitsOn} whether a later page's condition refers to an answer on this page.
     */
    public record Position(
            List<Page> shown,
            int index,
            List<AnswerProblem> problems,
            Set<String> hidden,
            AcceptedAnswers accepted,
            boolean laterPageWaitsOn) {

        public Position {
            shown = List.copyOf(shown);
            problems = List.copyOf(problems);
            hidden = Set.copyOf(hidden);
        }

        public Page page() {
            return shown.get(index);
        }

        /** 1-based, for "Page 2 of 5". */
        public int number() {
            return index + 1;
        }

        public boolean first() {
            return index == 0;
        }

        public boolean last() {
            return index == shown.size() - 1;
        }

        /**
         * The last page whatever is answered on it, so its button may say Send: last for the answers so far, and no
         * later page waits on one of its answers (else the button says Next, which sends if none follows).
         */
        public boolean lastWhateverTheAnswers() {
            return last() && !laterPageWaitsOn;
        }

        public Optional<Page> next() {
            return last() ? Optional.empty() : Optional.of(shown.get(index + 1));
        }

        public Optional<Page> previous() {
            return first() ? Optional.empty() : Optional.of(shown.get(index - 1));
        }
    }

    /** The first of these pages holding a question some problem is about (for a refused send). */
    public static Optional<Page> firstAtFault(List<Page> pages, List<AnswerProblem> problems) {
        return pages.stream()
                .filter(page -> problems.stream().anyMatch(problem -> page.questionKeys().stream()
                        .anyMatch(key -> belongsTo(problem.questionKey(), key))))
                .findFirst();
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
}
