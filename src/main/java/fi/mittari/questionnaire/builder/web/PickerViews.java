package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.Comparison;
import fi.mittari.questionnaire.builder.ExpressionFields;
import fi.mittari.questionnaire.builder.ExpressionInput;
import fi.mittari.questionnaire.builder.PickerPlace;
import fi.mittari.questionnaire.builder.PickerScope;
import fi.mittari.questionnaire.builder.PickerState;
import fi.mittari.questionnaire.builder.PickerSubject;
import fi.mittari.questionnaire.builder.QuestionnaireLayout;
import fi.mittari.questionnaire.builder.web.PickerView.ChoiceGroup;
import fi.mittari.questionnaire.builder.web.PickerView.ChoiceOption;
import fi.mittari.questionnaire.builder.web.PickerView.ComparisonOption;
import fi.mittari.questionnaire.builder.web.PickerView.FieldProblem;
import fi.mittari.questionnaire.builder.web.PickerView.SubjectOption;
import fi.mittari.web.i18n.StaffMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds the picker a builder form shows for a condition or constraint: {@link #of} with the stored expression, or
 * with the posted fields after a refusal so that nothing typed is lost.
 */
public final class PickerViews {

    private PickerViews() {}

    /** The picker for {@code state} in {@code scope}; {@code refusal} (may be null) marks the field to fix. */
    public static PickerView of(
            String prefix,
            PickerPlace place,
            QuestionnaireLayout layout,
            PickerState state,
            ExpressionInput refusal,
            String questionnaireKey,
            Locale locale) {
        Language language = Language.fromCode(locale.getLanguage()).orElse(Language.FI);
        PickerScope scope = place.scope(layout);
        String id = prefix.replaceAll("[^A-Za-z0-9_-]", "-");
        List<PickerSubject> subjects = scope.subjects();
        return new PickerView(
                prefix,
                id,
                place.legendKey(layout),
                place.query(),
                state.mode(),
                subjects.stream()
                        .map(s -> new SubjectOption(
                                s.text(),
                                label(s, language, locale),
                                s.numeric(),
                                s.comparisons().stream().map(Comparison::code).collect(Collectors.joining(" ")),
                                s.text().equals(state.subject())))
                        .toList(),
                Arrays.stream(Comparison.values())
                        .map(c -> new ComparisonOption(c.code(), c.code().equals(state.comparison())))
                        .toList(),
                subjects.stream()
                        .filter(s -> !s.choices().isEmpty())
                        .map(s -> new ChoiceGroup(
                                s.text(),
                                label(s, language, locale),
                                s.choices().stream()
                                        .map(c -> new ChoiceOption(
                                                c.value(),
                                                c.label().getOrDefault(language, c.value()),
                                                s.text().equals(state.subject())
                                                        && state.choices().contains(c.value())))
                                        .toList()))
                        .toList(),
                state.number(),
                state.numberTo(),
                state.free(),
                shown(state, scope),
                BuilderLinks.expressionCheck(questionnaireKey),
                refusal instanceof ExpressionInput.Refused refused ? problem(refused, id, prefix, locale) : null);
    }

    /** The picker showing the stored {@code expression}. */
    public static PickerView stored(
            String prefix,
            PickerPlace place,
            QuestionnaireLayout layout,
            String expression,
            String questionnaireKey,
            Locale locale) {
        return of(prefix, place, layout, PickerState.of(expression), null, questionnaireKey, locale);
    }

    /** What the fields make, as text: the expression, or "" when they make none or none yet. */
    private static String shown(PickerState state, PickerScope scope) {
        ExpressionInput made = ExpressionFields.read(state, "shown", scope);
        if (made instanceof ExpressionInput.Written written) {
            return written.text();
        }
        return state.mode().equals(PickerState.FREE) ? state.free() : "";
    }

    /** A refusal's message in the staff's language, with the column when it is about a place in a free expression. */
    public static String sayRefusal(ExpressionInput.Refused refused, Locale locale) {
        String text = PlainMessages.text(refused.wording(), locale);
        return refused.column() > 0
                ? StaffMessages.message(locale, "pickers.problem.column", text, refused.column())
                        .orElse(text)
                : text;
    }

    private static FieldProblem problem(ExpressionInput.Refused refused, String id, String prefix, Locale locale) {
        String field = refused.field().startsWith(prefix + ".")
                ? refused.field().substring(prefix.length() + 1)
                : refused.field();
        String text = sayRefusal(refused, locale);
        String fieldLabel = StaffMessages.message(locale, "pickers." + field).orElse(field);
        return new FieldProblem(
                id + "-" + field,
                StaffMessages.message(locale, "pickers.problem.in", fieldLabel, text)
                        .orElse(text));
    }

    private static String label(PickerSubject subject, Language language, Locale locale) {
        String question = subject.question().labelIn(language);
        return switch (subject.kind()) {
            case "count", "length" -> StaffMessages.message(
                            locale,
                            "pickers.subject." + subject.kind(),
                            subject.text().contains("(.)") ? say(locale, "pickers.subject.self") : question)
                    .orElse(subject.text());
            default -> subject.text().equals(".") ? say(locale, "pickers.subject.self") : question;
        };
    }

    private static String say(Locale locale, String key) {
        return StaffMessages.message(locale, key).orElse(key);
    }
}
