package fi.mittari.response;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionRules;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.expression.Expression;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a submission against its questionnaire, reporting every problem at once. Questions hidden by their own
 * condition or by their page's are skipped: their answers are dropped, never required and never stored.
 */
public final class AnswerValidator {

    private final LocalDateTime now;
    private final java.util.Locale locale;

    /** {@code today} is what {@code today()} means in conditions and constraints; now() is its start. */
    public AnswerValidator(LocalDate today) {
        this(today.atStartOfDay());
    }

    /** {@code now} is what now() gives in conditions and calculations; today() is its date. */
    AnswerValidator(LocalDateTime now) {
        this(now, java.util.Locale.ROOT);
    }

    private AnswerValidator(LocalDateTime now, java.util.Locale locale) {
        this.now = now;
        this.locale = locale;
    }

    /** The same validator for a respondent answering in {@code language}: concat() writes dates and times in it. */
    public AnswerValidator in(fi.mittari.questionnaire.Language language) {
        return new AnswerValidator(now, language.locale());
    }

    /**
     * A validator for answers arriving at {@code now}: today() is the day in {@code zone}, the application's zone, and
     * now() the time there.
     */
    public static AnswerValidator at(java.time.Instant now, java.time.ZoneId zone) {
        return new AnswerValidator(LocalDateTime.ofInstant(now, zone), java.util.Locale.ROOT);
    }

    public AnswerCheck check(Questionnaire questionnaire, SubmittedAnswers submitted) {
        return walk(questionnaire, submitted).check();
    }

    /**
     * The check, and the pages shown for these answers in order (a page is shown when its condition holds for the
     * valid answers on the pages before it), from one pass over the questionnaire.
     */
    public Walk walk(Questionnaire questionnaire, SubmittedAnswers submitted) {
        AnswerLogic logic = new AnswerLogic(now, locale);
        List<AnswerProblem> problems = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        List<Page> shown = new ArrayList<>();
        Set<String> hidden = new HashSet<>();
        for (String key : submitted.values().keySet()) {
            if (!answerable(questionnaire, key)) {
                problems.add(problem(key, AnswerProblem.Reason.UNKNOWN_QUESTION));
            }
        }
        for (Page page : questionnaire.pages()) {
            if (logic.shown(page)) {
                shown.add(page);
                checkPage(questionnaire, questionnaire.questionsOn(page), submitted, logic, problems, answers, hidden);
            }
        }
        AnswerCheck check = problems.isEmpty() ? new AnswerCheck.Valid(answers) : new AnswerCheck.Invalid(problems);
        return new Walk(check, shown, hidden, new AcceptedAnswers(logic.accepted(), now.toLocalDate()));
    }

    /**
     * What {@link #walk} found: the answers' check, the pages a respondent sees for them, and the questions on those
     * pages whose condition is false (neither required nor stored), and the answers accepted on the way.
     */
    public record Walk(AnswerCheck check, List<Page> shown, Set<String> hidden, AcceptedAnswers accepted) {

        public Walk {
            shown = List.copyOf(shown);
            hidden = Set.copyOf(hidden);
        }

        public List<AnswerProblem> problems() {
            return check instanceof AnswerCheck.Invalid invalid ? invalid.problems() : List.of();
        }
    }

    private void checkPage(
            Questionnaire questionnaire,
            List<Question> questions,
            SubmittedAnswers submitted,
            AnswerLogic logic,
            List<AnswerProblem> problems,
            List<Answer> answers,
            Set<String> hidden) {
        for (Question question : questions) {
            QuestionRules rules = questionnaire.rulesOf(question.key());
            if (!logic.shown(rules)) {
                hidden.add(question.key());
                continue;
            }
            Optional<Expression> calculation = question.calculation();
            if (calculation.isPresent()) {
                // worked out from the answers accepted so far, so later conditions and calculations see it
                logic.calculate(question.key(), calculation.get()).ifPresent(answer -> {
                    answers.add(answer);
                    logic.accept(answer);
                });
                continue;
            }
            if (!question.takesAnswer()) {
                continue;
            }
            Result result = AnswerChecks.check(question, submitted);
            problems.addAll(result.problems());
            result.answer().ifPresent(answer -> {
                if (!logic.withinFilter(rules, question, answer.value())) {
                    String outside = logic.filteredOut(
                                    rules.choiceFilter().orElseThrow(), question, AnswerLogic.chosen(answer.value()))
                            .orElse("");
                    problems.add(
                            new AnswerProblem(question.key(), AnswerProblem.Reason.FILTERED_OUT, List.of(outside)));
                } else if (logic.satisfies(rules, answer.value())) {
                    answers.add(answer);
                    logic.accept(answer);
                } else {
                    problems.add(problem(question.key(), AnswerProblem.Reason.CONSTRAINT));
                }
            });
        }
    }

    /**
     * The questions whose answer, taken alone, is refused for what it is (too long, not one of the choices, not a
     * number…), whether or not the question is shown and however the other answers stand. What is merely missing
     * (required, an item, the text of "other") or depends on other answers (a constraint) is not among them.
     */
    java.util.Set<String> refusedAlone(Questionnaire questionnaire, SubmittedAnswers submitted) {
        java.util.Set<String> refused = new java.util.LinkedHashSet<>();
        for (Page page : questionnaire.pages()) {
            for (Question question : questionnaire.questionsOn(page)) {
                if (!question.takesAnswer()) {
                    continue;
                }
                Result result = AnswerChecks.check(question, submitted);
                if (result.problems().stream().anyMatch(p -> !INCOMPLETE.contains(p.reason()))) {
                    refused.add(question.key());
                }
            }
        }
        return refused;
    }

    private static final java.util.Set<AnswerProblem.Reason> INCOMPLETE = java.util.EnumSet.of(
            AnswerProblem.Reason.REQUIRED,
            AnswerProblem.Reason.NOT_ACCEPTED,
            AnswerProblem.Reason.CONSTRAINT,
            AnswerProblem.Reason.TOO_FEW_CHOICES,
            AnswerProblem.Reason.ITEM_REQUIRED,
            AnswerProblem.Reason.OTHER_TEXT_REQUIRED,
            AnswerProblem.Reason.RANK_MISSING);

    /** An answer, or the problems that refused it, or (an optional question left blank) neither. */
    record Result(Optional<Answer> answer, List<AnswerProblem> problems) {
        Result {
            problems = List.copyOf(problems);
        }

        static Result of(String key, AnswerValue value) {
            return new Result(Optional.of(new Answer(key, value)), List.of());
        }

        static Result refused(AnswerProblem problem) {
            return new Result(Optional.empty(), List.of(problem));
        }

        static Result nothing() {
            return new Result(Optional.empty(), List.of());
        }
    }

    /**
     * A question that takes an answer from the respondent, or "question.part" naming a part of one (a matrix item,
     * "other"'s text); a calculation's answer is the server's own.
     */
    static boolean answerable(Questionnaire questionnaire, String key) {
        if (questionnaire
                .question(key)
                .filter(Question::takesAnswer)
                .filter(question -> question.calculation().isEmpty())
                .isPresent()) {
            return true;
        }
        int dot = key.indexOf('.');
        return dot > 0
                && questionnaire
                        .question(key.substring(0, dot))
                        .filter(q -> CompositeAnswers.acceptsPart(q, key.substring(dot + 1)))
                        .isPresent();
    }

    static AnswerProblem notAChoice(String key, List<Choice> choices) {
        return new AnswerProblem(
                key,
                AnswerProblem.Reason.NOT_A_CHOICE,
                List.of(choices.stream().map(Choice::value).toList()));
    }

    private static AnswerProblem problem(String key, AnswerProblem.Reason reason) {
        return new AnswerProblem(key, reason, List.of());
    }
}
