package fi.mittari.questionnaire.builder.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which question or page a problem of the reader concerns, from its path: {@code pages[1].questions[0].label} is the
 * first question of the second page, {@code questions[2].type} the third question of a questionnaire without pages,
 * {@code pages[1].title} the second page. The one place that maps a problem to where the builder shows it.
 */
final class ProblemPlaces {

    private static final Pattern PATH = Pattern.compile("^(?:pages\\[(\\d+)])?\\.?(?:questions\\[(\\d+)])?");

    /** Where a problem belongs: a question (page and index), a page (question -1), or nowhere in particular. */
    record Where(int page, int question) {

        boolean isQuestion() {
            return question >= 0;
        }
    }

    private ProblemPlaces() {}

    static Optional<Where> of(String path) {
        Matcher matcher = PATH.matcher(path == null ? "" : path);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String page = matcher.group(1);
        String question = matcher.group(2);
        if (page == null && question == null) {
            return Optional.empty();
        }
        return Optional.of(new Where(
                page == null ? 0 : Integer.parseInt(page), question == null ? -1 : Integer.parseInt(question)));
    }

    static boolean concernsQuestion(String path, int page, int question) {
        return of(path).filter(w -> w.page() == page && w.question() == question)
                .isPresent();
    }

    static boolean concernsPage(String path, int page) {
        return of(path).filter(w -> w.page() == page && !w.isQuestion()).isPresent();
    }
}
