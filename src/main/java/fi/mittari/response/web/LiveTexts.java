package fi.mittari.response.web;

import fi.mittari.questionnaire.AnswerReferences;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
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
 * What the form's script (assets/conditions.js) needs to show answers given on the same page in place of
 * {@code ${key}} in labels, hints and a matrix's item labels while the respondent answers: each such text cut at its
 * references, the labels of the choices referred to, and the page's calculations the script can work out. Progressive enhancement only: the
 * server fills every reference when it shows a page, so without the script an answer from the same page appears on the
 * next page. A reference the script cannot follow (a matrix, a ranking, a calculation with a condition of its own or
 * a function the script does not know) is filled by the server as before.
 */
@Singleton
class LiveTexts {

    private final JsonMapper json;

    LiveTexts(JsonMapper json) {
        this.json = json;
    }

    /**
     * {"texts": {key: {"label": pieces, "hint": pieces, "items": {place: pieces}}}, "choices": {key: {value: label}},
     * "calculations": {key: tree}}, where a piece is plain text or {"ref": key} and "items" are a matrix's item labels
     * by their place, 0 the first; "" when no text on the page refers to an answer on it.
     * {@code unfilled} builds fields with their references left in; {@code answers} fills the others.
     */
    String of(
            Questionnaire questionnaire,
            List<Page> rendered,
            QuestionFields unfilled,
            AnswerTexts answers,
            SubmittedAnswers entered) {
        List<Question> onScreen = rendered.stream()
                .flatMap(page -> questionnaire.questionsOn(page).stream())
                .toList();
        Map<String, Object> calculations = calculations(questionnaire, onScreen);
        Set<String> live = onScreen.stream()
                .filter(q -> q.calculation().isEmpty()
                        && !LiveConditions.valueKind(q).equals("none"))
                .map(Question::key)
                .collect(Collectors.toSet());
        live.addAll(calculations.keySet());
        Map<String, Object> texts = new LinkedHashMap<>();
        Map<String, Object> choices = new LinkedHashMap<>();
        for (Question question : onScreen) {
            if (question.calculation().isPresent()) {
                continue;
            }
            QuestionField field = unfilled.field(question, entered, Map.of());
            if (!refers(field)) {
                continue;
            }
            Map<String, Object> pieces = new LinkedHashMap<>();
            pieces(field.label(), live, answers).ifPresent(label -> pieces.put("label", label));
            pieces(field.hint(), live, answers).ifPresent(hint -> pieces.put("hint", hint));
            itemPieces(field, live, answers).ifPresent(items -> pieces.put("items", items));
            if (!pieces.isEmpty()) {
                texts.put(question.key(), pieces);
                referredChoices(questionnaire, field, live, answers, choices);
            }
        }
        if (texts.isEmpty()) {
            return "";
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("texts", texts);
        all.put("choices", choices);
        all.put("calculations", calculations);
        return write(all);
    }

    /** Whether the field's label, hint or a matrix item's label (written with its references left in) has one. */
    private static boolean refers(QuestionField field) {
        return field.label().contains("${")
                || field.hint().contains("${")
                || matrixItems(field).stream().anyMatch(label -> label.contains("${"));
    }

    /** A matrix's item labels in order; a ranking's parts are its choices, whose labels the script leaves alone. */
    private static List<String> matrixItems(QuestionField field) {
        return "matrix".equals(field.kind())
                ? field.parts().stream().map(QuestionField.Part::label).toList()
                : List.of();
    }

    /** The pieces of each item label that refers to an answer the script follows, by the item's place (0 first). */
    private static java.util.Optional<Map<String, Object>> itemPieces(
            QuestionField field, Set<String> live, AnswerTexts answers) {
        List<String> labels = matrixItems(field);
        Map<String, Object> items = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            String place = String.valueOf(i);
            pieces(labels.get(i), live, answers).ifPresent(pieces -> items.put(place, pieces));
        }
        return items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(items);
    }

    /** The text's pieces when it refers to an answer the script follows; its other references filled as text. */
    private static java.util.Optional<List<Object>> pieces(String written, Set<String> live, AnswerTexts answers) {
        if (AnswerReferences.keysIn(written).stream().noneMatch(live::contains)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(AnswerReferences.<Object>pieces(
                written, plain -> plain, key -> live.contains(key) ? Map.of("ref", key) : answers.answer(key)));
    }

    /** The labels of the choices of the questions the field's texts refer to, which show a choice by its label. */
    private static void referredChoices(
            Questionnaire questionnaire,
            QuestionField field,
            Set<String> live,
            AnswerTexts answers,
            Map<String, Object> choices) {
        for (String key : AnswerReferences.keysIn(
                field.label() + " " + field.hint() + " " + String.join(" ", matrixItems(field)))) {
            questionnaire
                    .question(key)
                    .filter(referred ->
                            live.contains(key) && !referred.answerChoices().isEmpty())
                    .ifPresent(referred -> {
                        Map<String, String> labels = new LinkedHashMap<>();
                        referred.answerChoices().forEach(c -> labels.put(c.value(), answers.label(c)));
                        choices.put(key, labels);
                    });
        }
    }

    /**
     * The calculations on the page the script can work out, in page order: no condition of their own, functions the
     * script knows, and only answers it can read or calculations before them.
     */
    private static Map<String, Object> calculations(Questionnaire questionnaire, List<Question> onScreen) {
        Map<String, Object> calculations = new LinkedHashMap<>();
        for (Question question : onScreen) {
            if (question.calculation().isEmpty()
                    || questionnaire.rulesOf(question.key()).relevant().isPresent()) {
                continue;
            }
            List<Object> tree = ExpressionTree.of(question.calculation().get());
            boolean readable = question.calculation().get().references().stream()
                    .allMatch(key -> calculations.containsKey(key)
                            || questionnaire
                                    .question(key)
                                    .filter(referred -> referred.calculation().isEmpty())
                                    .map(referred ->
                                            !LiveConditions.valueKind(referred).equals("none"))
                                    .orElse(false));
            if (readable && LiveConditions.scriptKnowsItsFunctions(tree)) {
                calculations.put(question.key(), tree);
            }
        }
        return calculations;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
