package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionRules;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.Expression.BinaryOperator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an XLSForm round trip is allowed to change, applied to the original so the result can be compared for
 * equality: yes/no questions come back as single choice over yes/no, and {@code x in [a, b]} as
 * {@code x = a or x = b}. Columns inside expressions are zeroed, since the text layout legitimately differs.
 */
final class DocumentedDifferences {

    private DocumentedDifferences() {}

    static Questionnaire expectedAfterRoundTrip(Questionnaire original) {
        List<Question> questions = original.questions().stream()
                .map(DocumentedDifferences::yesNoAsSingleChoice)
                .collect(Collectors.toList());
        return withRules(original, questions, true);
    }

    static Questionnaire withoutColumns(Questionnaire questionnaire) {
        return withRules(questionnaire, questionnaire.questions(), false);
    }

    private static Questionnaire withRules(Questionnaire q, List<Question> questions, boolean expandIn) {
        Map<String, QuestionRules> rules = new HashMap<>();
        q.rules()
                .forEach((key, r) -> rules.put(
                        key,
                        new QuestionRules(
                                r.relevant().map(e -> normalize(e, expandIn)),
                                r.constraint().map(e -> normalize(e, expandIn)),
                                r.constraintMessage())));
        List<Page> pages = q.pages().stream()
                .map(p -> new Page(
                        p.key(), p.title(), p.intro(), p.relevant().map(e -> normalize(e, expandIn)), p.questionKeys()))
                .toList();
        return new Questionnaire(
                q.key(), q.title(), q.description(), q.defaultLanguage(), q.languages(), questions, rules, pages);
    }

    private static Question yesNoAsSingleChoice(Question question) {
        if (question instanceof YesNoQuestion yesNo) {
            return new SingleChoiceQuestion(
                    yesNo.key(),
                    yesNo.label(),
                    yesNo.hint(),
                    yesNo.required(),
                    YesNoQuestion.CHOICES,
                    yesNo.classification());
        }
        return question;
    }

    static Expression normalize(Expression e, boolean expandIn) {
        if (e instanceof Expression.NumberLiteral n) {
            return new Expression.NumberLiteral(n.value(), 0);
        } else if (e instanceof Expression.TextLiteral t) {
            return new Expression.TextLiteral(t.value(), 0);
        } else if (e instanceof Expression.BooleanLiteral b) {
            return new Expression.BooleanLiteral(b.value(), 0);
        } else if (e instanceof Expression.Reference r) {
            return new Expression.Reference(r.key(), 0);
        } else if (e instanceof Expression.Self) {
            return new Expression.Self(0);
        } else if (e instanceof Expression.Unary u) {
            return new Expression.Unary(u.operator(), normalize(u.operand(), expandIn), 0);
        } else if (e instanceof Expression.Binary b) {
            return new Expression.Binary(
                    b.operator(), normalize(b.left(), expandIn), normalize(b.right(), expandIn), 0);
        } else if (e instanceof Expression.In in) {
            Expression left = normalize(in.left(), expandIn);
            List<Expression> items =
                    in.items().stream().map(i -> normalize(i, expandIn)).collect(Collectors.toList());
            if (!expandIn) {
                return new Expression.In(left, items, 0);
            }
            Optional<Expression> or = items.stream()
                    .map(item -> (Expression) new Expression.Binary(BinaryOperator.EQUAL, left, item, 0))
                    .reduce((a, b) -> new Expression.Binary(BinaryOperator.OR, a, b, 0));
            return or.orElseThrow();
        }
        Expression.Call call = (Expression.Call) e;
        return new Expression.Call(
                call.function(),
                call.arguments().stream().map(a -> normalize(a, expandIn)).collect(Collectors.toList()),
                0);
    }
}
