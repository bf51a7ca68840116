package fi.mittari.response.web;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.OtherChoice;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.web.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The separately answered parts of a question: a matrix's items, a ranking's choices, the text of "other". Each part is
 * submitted as "q.question.part", so it has its own value, id and error, and error links can reach it.
 */
final class PartFields {

    private final UiText ui;
    private final Language lang;
    private final Function<LocalizedText, String> filled;

    /** {@code fill} puts earlier answers in place of the references in the question's label, its items' and choices'. */
    PartFields(UiText ui, Language lang, Function<LocalizedText, String> text, UnaryOperator<String> fill) {
        this.ui = ui;
        this.lang = lang;
        this.filled = text.andThen(fill);
    }

    /** One radio group per item; the error summary names the item as "Question – item". */
    List<QuestionField.Part> matrix(MatrixQuestion matrix, SubmittedAnswers entered, Map<String, String> errors) {
        String question = filled.apply(matrix.label());
        List<QuestionField.Part> parts = new ArrayList<>();
        for (MatrixItem item : matrix.items()) {
            String answerKey = matrix.answerKey(item);
            String base = "q-" + answerKey;
            List<String> chosen = entered.of(answerKey);
            List<QuestionField.Option> options = matrix.choices().stream()
                    .map(c -> new QuestionField.Option(
                            base + "-" + c.value(), c.value(), filled.apply(c.label()), chosen.contains(c.value()), ""))
                    .toList();
            String label = filled.apply(item.label());
            parts.add(new QuestionField.Part(
                    options.isEmpty() ? base : options.get(0).id(),
                    SurveyPages.FIELD_PREFIX + answerKey,
                    label,
                    options,
                    errors.getOrDefault(answerKey, ""),
                    base + "-error",
                    question + " – " + label));
        }
        return parts;
    }

    /** One select of ranks ("—", 1…N) per choice, labelled by the choice. */
    List<QuestionField.Part> ranking(RankingQuestion ranking, SubmittedAnswers entered) {
        List<QuestionField.Part> parts = new ArrayList<>();
        for (Choice choice : ranking.choices()) {
            String answerKey = ranking.key() + "." + choice.value();
            String given = rankGiven(ranking, choice, entered);
            List<QuestionField.Option> ranks = new ArrayList<>();
            ranks.add(new QuestionField.Option("", "", ui.get(lang.locale(), "form.rank.none"), given.isEmpty(), ""));
            IntStream.rangeClosed(1, ranking.ranks())
                    .mapToObj(String::valueOf)
                    .forEach(rank -> ranks.add(new QuestionField.Option("", rank, rank, rank.equals(given), "")));
            String label = filled.apply(choice.label());
            parts.add(new QuestionField.Part(
                    "q-" + answerKey, SurveyPages.FIELD_PREFIX + answerKey, label, ranks, "", "", label));
        }
        return parts;
    }

    /** The rank a form sent for the choice, or its place in a JSON list of choices in order. */
    private static String rankGiven(RankingQuestion ranking, Choice choice, SubmittedAnswers entered) {
        List<String> inOrder = entered.of(ranking.key());
        if (!inOrder.isEmpty()) {
            int place = inOrder.indexOf(choice.value());
            return place < 0 ? "" : String.valueOf(place + 1);
        }
        List<String> raw = entered.of(ranking.key() + "." + choice.value());
        return raw.isEmpty() ? "" : raw.get(0);
    }

    /** The text field under "other", when the question offers it. */
    QuestionField.OtherText other(Question question, SubmittedAnswers entered, Map<String, String> errors) {
        if (question.other().isEmpty()) {
            return QuestionField.OtherText.NONE;
        }
        String answerKey = question.key() + "." + OtherChoice.VALUE;
        return new QuestionField.OtherText(
                true,
                "q-" + question.key() + "-other-text",
                SurveyPages.FIELD_PREFIX + answerKey,
                ui.get(lang.locale(), "form.other.text"),
                String.join("\n", entered.of(answerKey)),
                errors.getOrDefault(answerKey, ""));
    }
}
