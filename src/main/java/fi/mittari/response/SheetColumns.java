package fi.mittari.response;

import fi.mittari.questionnaire.AnswerParts;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionType;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.expression.KeySuggestions;
import fi.mittari.sheet.SheetRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an uploaded sheet's columns mean: question keys ({@code matrix.item}, {@code ranking.choice} holding the rank,
 * {@code question.other} for "other"'s text), and the optional {@code language}, {@code submission} and
 * {@code submitted} columns.
 */
final class SheetColumns {

    static final String LANGUAGE = "language";
    static final String SUBMISSION = "submission";
    /** When the paper form was filled in: a date (YYYY-MM-DD) or a moment (ISO 8601); absent: when uploaded. */
    static final String SUBMITTED = "submitted";

    private static final Set<String> RESERVED = Set.of(LANGUAGE, SUBMISSION, SUBMITTED);

    /** Separates the choices ticked in a multiple-choice cell (and a ranking's choices in order). */
    private static final String SEPARATOR = ";";

    private final Questionnaire questionnaire;
    private final List<String> names;
    private final List<RowProblem> problems = new ArrayList<>();

    SheetColumns(Questionnaire questionnaire, List<String> header) {
        this.questionnaire = questionnaire;
        List<String> names = new ArrayList<>();
        for (String name : header) {
            String lower = name.toLowerCase(Locale.ROOT);
            names.add(RESERVED.contains(lower) ? lower : name);
        }
        this.names = List.copyOf(names);
        checkHeader();
    }

    /** Unknown and repeated column names, reported on row 1. */
    List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    Optional<Integer> column(String name) {
        int index = names.indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    /** The column's name, or its letter when the header cell is empty. */
    String name(int column) {
        return column >= names.size() || names.get(column).isEmpty() ? "column " + letter(column) : names.get(column);
    }

    /** The row's answers; empty cells are unanswered, and cells that could not be read are left out. */
    SubmittedAnswers answers(SheetRow row) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            String cell = row.cell(c);
            if (!isAnswer(name) || cell.isEmpty() || row.unreadable().containsKey(c)) {
                continue;
            }
            answers.put(name, splits(name) ? Arrays.asList(cell.split(SEPARATOR)) : List.of(cell));
        }
        return new SubmittedAnswers(answers);
    }

    /** Cells with a value in a column whose header is empty: the value would otherwise be lost silently. */
    List<RowProblem> unnamedValues(SheetRow row) {
        List<RowProblem> found = new ArrayList<>();
        for (int c = 0; c < Math.max(names.size(), row.cells().size()); c++) {
            boolean unnamed = c >= names.size() || names.get(c).isEmpty();
            if (unnamed && !row.cell(c).isEmpty()) {
                found.add(new RowProblem(row.number(), name(c), "the column has no header"));
            }
        }
        return found;
    }

    private boolean isAnswer(String name) {
        return !name.isEmpty() && !RESERVED.contains(name);
    }

    /** Questions whose answer names several choices, which a cell may list split by commas. */
    private boolean splits(String name) {
        return questionnaire
                .question(name)
                .filter(SheetColumns::namesSeveralChoices)
                .isPresent();
    }

    private static boolean namesSeveralChoices(Question question) {
        return switch (QuestionType.of(question)) {
            case MULTIPLE_CHOICE, RANKING -> true;
            case SINGLE_CHOICE,
                    RATING,
                    TEXT,
                    YES_NO,
                    NUMBER,
                    DATE,
                    TIME,
                    DATETIME,
                    CONSENT,
                    NOTE,
                    LIKERT,
                    MATRIX,
                    CALCULATE -> false;
        };
    }

    private void checkHeader() {
        List<String> known = knownNames();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (name.isEmpty()) {
                continue;
            }
            if (names.indexOf(name) < c) {
                problems.add(new RowProblem(1, name, "the column appears more than once"));
            } else if (!RESERVED.contains(name) && !AnswerValidator.answerable(questionnaire, name)) {
                problems.add(
                        new RowProblem(1, name, "the questionnaire has no such question" + didYouMean(name, known)));
            }
        }
    }

    private static String didYouMean(String name, List<String> known) {
        return known.stream()
                .filter(k -> KeySuggestions.editDistance(name, k) <= 2)
                .min(Comparator.comparingInt((String k) -> KeySuggestions.editDistance(name, k)))
                .map(k -> "; did you mean '" + k + "'?")
                .orElse("");
    }

    /** Every column name the questionnaire accepts, for suggestions. */
    private List<String> knownNames() {
        List<String> known = new ArrayList<>(List.of(LANGUAGE, SUBMISSION, SUBMITTED));
        for (Question question : questionnaire.questions()) {
            if (!question.takesAnswer() || question.calculation().isPresent()) {
                continue; // a calculation is worked out when the row is read, never taken from a column
            }
            String key = question.key();
            known.add(key);
            AnswerParts.of(question).forEach(part -> known.add(key + "." + part));
        }
        return known;
    }

    private static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
