package fi.mittari.response.web;

import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.questionnaire.expression.ExpressionTree;
import fi.mittari.response.SubmittedAnswers;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the form's script (assets/conditions.js) needs to show and hide conditional questions while the respondent
 * answers, and which questions the server leaves off a page outright. Progressive enhancement only: without the
 * script every question whose condition depends on the same page is shown, and the server drops answers to questions
 * whose condition turned out false.
 */
@Singleton
class LiveConditions {

    private final JsonMapper json;

    LiveConditions(JsonMapper json) {
        this.json = json;
    }

    /** The question's condition as a JSON tree for the script, or "" when it has none. */
    String condition(Questionnaire questionnaire, Question question) {
        var relevant = questionnaire.rulesOf(question.key()).relevant();
        boolean readable = relevant.stream()
                .flatMap(condition -> condition.references().stream())
                .allMatch(key -> questionnaire
                        .question(key)
                        .map(referred -> !valueKind(referred).equals("none"))
                        .orElse(false));
        return relevant.filter(condition -> readable)
                .map(ExpressionTree::of)
                .filter(LiveConditions::scriptKnowsItsFunctions)
                .map(this::write)
                .orElse("");
    }

    /** The functions assets/conditions.js evaluates; a condition calling another one is left to the server. */
    private static final Set<String> SCRIPT_FUNCTIONS = Set.of(
            "count",
            "selected",
            "empty",
            "answered",
            "length",
            "today",
            "date",
            "time",
            "datetime",
            "matches",
            "choice",
            "round",
            "if",
            "concat",
            "int",
            "selected_at",
            "now");

    /** Whether every {@code ["call", name, [args]]} node of the tree names a function the script knows. */
    static boolean scriptKnowsItsFunctions(Object node) {
        if (!(node instanceof List<?> list) || list.isEmpty()) {
            return true;
        }
        if ("call".equals(list.get(0)) && !SCRIPT_FUNCTIONS.contains(String.valueOf(list.get(1)))) {
            return false;
        }
        return list.stream().allMatch(LiveConditions::scriptKnowsItsFunctions);
    }

    /**
     * Whether the server leaves the question off the page: its condition is false and refers only to questions on
     * other pages, whose answers cannot change while this page is open.
     */
    static boolean settledHidden(
            Questionnaire questionnaire, Question question, Set<String> onPage, Set<String> hidden) {
        if (!hidden.contains(question.key())) {
            return false;
        }
        return questionnaire
                .rulesOf(question.key())
                .relevant()
                .map(condition -> condition.references().stream().noneMatch(onPage::contains))
                .orElse(false);
    }

    /**
     * The answers, from other pages, that this page's conditions refer to: {key: {kind, values}}. Answers to questions
     * hidden by their own condition count as unanswered, as they do on the server.
     */
    String knownAnswers(
            Questionnaire questionnaire, List<Page> rendered, SubmittedAnswers answers, Set<String> hidden) {
        Set<String> onPage =
                rendered.stream().flatMap(p -> p.questionKeys().stream()).collect(Collectors.toSet());
        Map<String, Object> known = new LinkedHashMap<>();
        for (Page page : rendered) {
            for (Question question : questionnaire.questionsOn(page)) {
                for (String key : references(questionnaire, question)) {
                    if (!onPage.contains(key) && !hidden.contains(key)) {
                        questionnaire
                                .question(key)
                                .ifPresent(
                                        referred -> known.put(key, knownAnswer(valueKind(referred), answers.of(key))));
                    }
                }
            }
        }
        return write(known);
    }

    // In a fixed order (kind, values), so the same page is always the same bytes.
    private static Map<String, Object> knownAnswer(String kind, List<String> values) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("kind", kind);
        answer.put("values", values);
        return answer;
    }

    /**
     * What the question's condition and choice filter refer to, and a calculation, which the script may work out to
     * show in a text on the same page (see {@link LiveTexts}).
     */
    private static Set<String> references(Questionnaire questionnaire, Question question) {
        var rules = questionnaire.rulesOf(question.key());
        return java.util.stream.Stream.of(rules.relevant(), rules.choiceFilter(), question.calculation())
                .flatMap(java.util.Optional::stream)
                .flatMap(expression -> expression.references().stream())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** How the script reads the question's fields into a value, mirroring the server's typed answers. */
    static String valueKind(Question question) {
        return question.accept(VALUE_KIND);
    }

    private static final QuestionVisitor<String> VALUE_KIND = new QuestionVisitor<String>() {
        @Override
        public String visitSingleChoice(SingleChoiceQuestion single) {
            return "text";
        }

        @Override
        public String visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return "choices";
        }

        @Override
        public String visitRating(RatingQuestion rating) {
            return "number";
        }

        @Override
        public String visitText(TextQuestion text) {
            return "text";
        }

        @Override
        public String visitYesNo(YesNoQuestion yesNo) {
            return "text";
        }

        @Override
        public String visitNumber(NumberQuestion number) {
            return "number";
        }

        @Override
        public String visitDate(DateQuestion date) {
            return "date";
        }

        @Override
        public String visitTime(TimeQuestion time) {
            return "time";
        }

        @Override
        public String visitDateTime(DateTimeQuestion dateTime) {
            return "datetime";
        }

        @Override
        public String visitConsent(ConsentQuestion consent) {
            return "text";
        }

        @Override
        public String visitDisplayText(DisplayText note) {
            return "none";
        }

        @Override
        public String visitLikert(LikertQuestion likert) {
            return "number";
        }

        @Override
        public String visitMatrix(MatrixQuestion matrix) {
            return "none"; // conditions cannot refer to matrices in the script
        }

        @Override
        public String visitRanking(RankingQuestion ranking) {
            return "none"; // conditions cannot refer to rankings in the script
        }

        @Override
        public String visitCalculate(CalculateQuestion calculate) {
            return "none"; // worked out on the server from the answers sent, so the script cannot know it
        }
    };

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
