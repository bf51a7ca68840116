package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.ExpressionChecker;
import fi.mittari.questionnaire.expression.ExpressionProblem;
import fi.mittari.questionnaire.expression.Expressions;
import fi.mittari.questionnaire.expression.ParseResult;
import fi.mittari.questionnaire.expression.ValueType;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads each question's {@code relevant}, {@code constraint} and {@code constraintMessage}, then, once every question
 * is known, checks the expressions: types, known keys, and that a question depends only on questions before it — which
 * also makes a cycle of conditions impossible.
 */
final class QuestionRulesYamlReader {

    private record Written(
            String key, int position, String property, ScalarNode node, String path, Expression expression) {}

    private final LocalizedTextReader texts;
    private final YamlProblems problems;
    private final List<Written> written = new ArrayList<>();
    private final Map<String, LocalizedText> messages = new HashMap<>();
    private final AnswerReferencesYamlReader answerReferences;
    private final Map<String, Written> calculations = new HashMap<>();

    QuestionRulesYamlReader(LocalizedTextReader texts, YamlProblems problems) {
        this.texts = texts;
        this.problems = problems;
        this.answerReferences = new AnswerReferencesYamlReader(problems);
    }

    /** Reads the rules of the question at {@code position}; reports syntax errors at their column in the file. */
    void read(YamlMapping question, int position) {
        String key = question.scalar("key", false).map(ScalarNode::getValue).orElse("");
        answerReferences.read(question, key, position);
        for (String property : List.of("relevant", "constraint", "choiceFilter")) {
            question.scalar(property, false)
                    .ifPresent(node -> parse(key, position, property, node, question.child(property)));
        }
        // parsed with its question (QuestionYamlReader); kept here to place the problems of its types
        question.value("calculation", false)
                .filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast)
                .ifPresent(node -> calculations.put(
                        key, new Written(key, position, "calculation", node, question.child("calculation"), null)));
        LocalizedText message = texts.read(question, "constraintMessage", false);
        if (!message.isEmpty()) {
            if (!question.has("constraint")) {
                problems.error(
                        question.value("constraintMessage", false).orElseThrow(),
                        question.child("constraintMessage"),
                        "a constraintMessage needs a constraint to explain");
            }
            messages.put(key, message);
        }
    }

    private void parse(String key, int position, String property, ScalarNode node, String path) {
        ParseResult result = Expressions.parse(node.getValue());
        if (result instanceof ParseResult.Parsed parsed) {
            written.add(new Written(key, position, property, node, path, parsed.expression()));
        } else {
            ((ParseResult.Invalid) result)
                    .problems()
                    .forEach(p -> problems.errorInText(node, path, p.column(), p.message()));
        }
    }

    /** Checks every expression against the questions read and returns the rules by question key. */
    Map<String, QuestionRules> check(List<Question> questions) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            positions.put(questions.get(i).key(), i);
        }
        Map<String, ValueType> types = AnswerTypes.of(questions, (key, typed) -> {
            Written w = calculations.get(key);
            if (w != null) {
                typed.problems().forEach(p -> problems.errorInText(w.node(), w.path(), p.column(), p.message()));
            }
        });
        answerReferences.check(questions, types);
        for (Question question : questions) {
            Written w = calculations.get(question.key());
            question.calculation().filter(c -> w != null).ifPresent(c -> checkOrder(w, c.references(), positions));
        }
        Map<String, Optional<Expression>> relevant = new HashMap<>();
        Map<String, Optional<Expression>> constraint = new HashMap<>();
        Map<String, Optional<Expression>> choiceFilter = new HashMap<>();
        Map<String, Question> byKey = new HashMap<>();
        questions.forEach(q -> byKey.putIfAbsent(q.key(), q));
        for (Written w : written) {
            boolean isConstraint = w.property().equals("constraint");
            boolean isFilter = w.property().equals("choiceFilter");
            Optional<ValueType> self = isConstraint ? Optional.ofNullable(types.get(w.key())) : Optional.empty();
            Optional<java.util.Set<String>> attributes =
                    isFilter ? Optional.of(ChoiceFilters.attributeNames(byKey.get(w.key()))) : Optional.empty();
            List<ExpressionProblem> found =
                    new ExpressionChecker().check(w.expression(), types, self, ValueType.BOOLEAN, attributes);
            found.forEach(p -> problems.errorInText(w.node(), w.path(), p.column(), p.message()));
            for (String reference : w.expression().references()) {
                Integer at = positions.get(reference);
                if (at != null && at >= w.position() && !(isConstraint && reference.equals(w.key()))) {
                    problems.error(
                            w.node(),
                            w.path(),
                            "refers to '" + reference + "', which "
                                    + (reference.equals(w.key()) ? "is this question" : "comes later")
                                    + "; a " + (isConstraint ? "constraint" : isFilter ? "choice filter" : "condition")
                                    + " can only use answers to earlier questions" + (isConstraint ? " and '.'" : ""));
                }
            }
            (isConstraint ? constraint : isFilter ? choiceFilter : relevant).put(w.key(), Optional.of(w.expression()));
        }
        Map<String, QuestionRules> rules = new HashMap<>();
        for (Question q : questions) {
            var r = new QuestionRules(
                    relevant.getOrDefault(q.key(), Optional.empty()),
                    constraint.getOrDefault(q.key(), Optional.empty()),
                    messages.getOrDefault(q.key(), LocalizedText.empty()),
                    choiceFilter.getOrDefault(q.key(), Optional.empty()));
            if (!r.equals(QuestionRules.NONE)) {
                rules.put(q.key(), r);
            }
        }
        return rules;
    }

    private void checkOrder(Written w, java.util.Set<String> references, Map<String, Integer> positions) {
        for (String reference : references) {
            Integer at = positions.get(reference);
            if (at != null && at >= w.position()) {
                problems.error(
                        w.node(),
                        w.path(),
                        "refers to '" + reference + "', which "
                                + (reference.equals(w.key()) ? "is this calculation" : "comes later")
                                + "; a calculation can only use answers to earlier questions");
            }
        }
    }

    /**
     * How an answer to the question looks to an expression; display text has none, and a calculation's depends on
     * the questions it uses ({@link AnswerTypes}).
     */
    static Optional<ValueType> valueType(Question question) {
        return question.accept(VALUE_TYPE);
    }

    private static final QuestionVisitor<Optional<ValueType>> VALUE_TYPE = new QuestionVisitor<Optional<ValueType>>() {
        @Override
        public Optional<ValueType> visitSingleChoice(SingleChoiceQuestion single) {
            return Optional.of(ValueType.CHOICE);
        }

        @Override
        public Optional<ValueType> visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return Optional.of(ValueType.CHOICES);
        }

        @Override
        public Optional<ValueType> visitRating(RatingQuestion rating) {
            return Optional.of(ValueType.NUMBER);
        }

        @Override
        public Optional<ValueType> visitText(TextQuestion text) {
            return Optional.of(ValueType.TEXT);
        }

        @Override
        public Optional<ValueType> visitYesNo(YesNoQuestion yesNo) {
            return Optional.of(ValueType.CHOICE);
        }

        @Override
        public Optional<ValueType> visitNumber(NumberQuestion number) {
            return Optional.of(ValueType.NUMBER);
        }

        @Override
        public Optional<ValueType> visitDate(DateQuestion date) {
            return Optional.of(ValueType.DATE);
        }

        @Override
        public Optional<ValueType> visitTime(TimeQuestion time) {
            return Optional.of(ValueType.TIME);
        }

        @Override
        public Optional<ValueType> visitDateTime(DateTimeQuestion dateTime) {
            return Optional.of(ValueType.DATETIME);
        }

        @Override
        public Optional<ValueType> visitConsent(ConsentQuestion consent) {
            return Optional.of(ValueType.CHOICE);
        }

        @Override
        public Optional<ValueType> visitDisplayText(DisplayText note) {
            return Optional.empty();
        }

        @Override
        public Optional<ValueType> visitLikert(LikertQuestion likert) {
            return Optional.of(ValueType.NUMBER);
        }

        @Override
        public Optional<ValueType> visitMatrix(MatrixQuestion matrix) {
            return Optional.empty(); // its answer is one per item, which no expression can name yet
        }

        @Override
        public Optional<ValueType> visitRanking(RankingQuestion ranking) {
            return Optional.of(ValueType.CHOICES);
        }

        @Override
        public Optional<ValueType> visitCalculate(CalculateQuestion calculate) {
            return Optional.empty();
        }
    };
}
