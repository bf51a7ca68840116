package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.Language;
import fi.mittari.yaml.DefinitionProblem;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's problem said for the builder: what it concerns (the questionnaire, a page or a question, found from the
 * problem's path in the layout being edited), which property of it ({@code field}: label, relevant, choices…, "" for
 * the thing itself) and the plain wording. The exact problem stays beside it.
 */
public record PlainProblem(Target target, String field, ProblemWording wording, DefinitionProblem problem) {

    private static final Pattern PAGE_QUESTION = Pattern.compile("pages\\[(\\d+)]\\.questions\\[(\\d+)](.*)");
    private static final Pattern QUESTION = Pattern.compile("questions\\[(\\d+)](.*)");
    private static final Pattern PAGE = Pattern.compile("pages\\[(\\d+)](.*)");
    private static final Pattern PROPERTY = Pattern.compile("\\.?([A-Za-z]+).*");

    public PlainProblem {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(problem, "problem");
    }

    /** What a problem concerns. */
    public sealed interface Target {}

    /** The questionnaire's own settings: key, languages, title, shared choice lists, or the file as a whole. */
    public record Settings() implements Target {}

    /** Page {@code page} (0-based), with its key and title when the layout has them. */
    public record PageTarget(int page, String key, Map<Language, String> title) implements Target {}

    /** The {@code index}-th question of page {@code page}, with its key and label when the layout has them. */
    public record QuestionTarget(int page, int index, String key, Map<Language, String> label) implements Target {}

    /** {@code problem} said plainly, placed in {@code layout} (which may lag behind the text: then by position). */
    public static PlainProblem of(DefinitionProblem problem, QuestionnaireLayout layout) {
        String path = problem.path();
        ProblemWording wording = ProblemWording.of(problem.message());
        Matcher match = PAGE_QUESTION.matcher(path);
        if (match.matches()) {
            return question(problem, layout, wording, number(match, 1), number(match, 2), match.group(3));
        }
        match = QUESTION.matcher(path);
        if (match.matches()) {
            return question(problem, layout, wording, 0, number(match, 1), match.group(2));
        }
        match = PAGE.matcher(path);
        if (match.matches()) {
            int page = number(match, 1);
            Optional<QuestionnaireLayout.LaidPage> laid = layout.page(page);
            Target target = new PageTarget(
                    page,
                    laid.map(QuestionnaireLayout.LaidPage::key).orElse(""),
                    laid.map(QuestionnaireLayout.LaidPage::title).orElse(Map.of()));
            return new PlainProblem(target, property(match.group(2)), wording, problem);
        }
        return new PlainProblem(new Settings(), property(path), wording, problem);
    }

    private static PlainProblem question(
            DefinitionProblem problem,
            QuestionnaireLayout layout,
            ProblemWording wording,
            int page,
            int index,
            String rest) {
        Optional<PickerQuestion> question = layout.question(page, index);
        Target target = new QuestionTarget(
                page,
                index,
                question.map(PickerQuestion::key).orElse(""),
                question.map(PickerQuestion::label).orElse(Map.of()));
        return new PlainProblem(target, property(rest), wording, problem);
    }

    /** The first property name of the rest of a path: ".choices[1].value" gives "choices". */
    private static String property(String rest) {
        Matcher match = PROPERTY.matcher(rest);
        return match.matches() ? match.group(1) : "";
    }

    private static int number(Matcher match, int group) {
        String digits = match.group(group);
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
