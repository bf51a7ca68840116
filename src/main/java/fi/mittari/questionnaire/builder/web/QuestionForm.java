package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.EntryList;
import fi.mittari.questionnaire.builder.ExpressionFields;
import fi.mittari.questionnaire.builder.ExpressionInput;
import fi.mittari.questionnaire.builder.PickerPlace;
import fi.mittari.questionnaire.builder.PickerScope;
import fi.mittari.questionnaire.builder.PickerState;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.builder.QuestionnaireLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question form onto the document. Only what changed is written: a field equal to what the document holds is left
 * alone (so {@code required: false} never appears where the field was absent, and a question saved unchanged keeps its
 * text byte for byte), and only the fields of the question's type are read.
 */
final class QuestionForm {

    private QuestionForm() {}

    /**
     * Applies the question form (recognised by its key field) to {@code question}; answers the condition or constraint
     * a picker refused, by field, which are left as stored. {@code layout} is the questionnaire as the page showed it,
     * before this form renames or retypes anything: the scopes the pickers offered.
     */
    static Map<String, ExpressionInput.Refused> apply(
            QuestionnaireDocument document, QuestionnaireLayout layout, Place.QuestionAt question, BuilderForm form) {
        Map<String, ExpressionInput.Refused> refused = new LinkedHashMap<>();
        if (!form.has("key")) {
            return refused;
        }
        List<Language> languages = document.languages();
        String key = document.scalar(question, "key").orElse("");
        BuilderTypes.Type type =
                BuilderTypes.orCommon(document.scalar(question, "type").orElse(""));
        scalar(document, question, "key", form.value("key"));
        type.scalars().forEach(field -> scalar(document, question, field, form.value(field)));
        type.flags().forEach(field -> flag(document, question, field, form.checked(field)));
        type.texts().forEach(field -> text(document, question, field, form.texts(field, languages)));
        if (type.pointLabels()) {
            pointLabels(document, question, form, languages);
        }
        if (type.expressions().contains("relevant")) {
            expression(document, question, PickerPlace.condition(key).scope(layout), form)
                    .ifPresent(r -> refused.put(PickerPlace.RELEVANT, r));
        }
        if (type.expressions().contains("constraint")) {
            expression(document, question, PickerPlace.constraint(key).scope(layout), form, PickerPlace.CONSTRAINT)
                    .ifPresent(r -> refused.put(PickerPlace.CONSTRAINT, r));
            text(document, question, "constraintMessage", form.texts("constraintMessage", languages));
        }
        if (type.choices()) {
            ChoiceSource.apply(document, question, type, form);
            entries(document, ChoiceSource.activeList(document, question), "choice", "value", type.exclusive(), form);
        }
        if (type.items()) {
            entries(document, Optional.of(new EntryList.Items(question)), "item", "key", false, form);
        }
        if (type.other()) {
            other(document, question, form.checked("other"), form.texts("otherLabel", languages));
        }
        // Last, so that the fields above were read as the type the page showed.
        scalar(document, question, "type", form.value("type"));
        return refused;
    }

    /** Reads and writes a condition ({@code relevant}); see the next method. */
    static Optional<ExpressionInput.Refused> expression(
            QuestionnaireDocument document, Place place, PickerScope scope, BuilderForm form) {
        return expression(document, place, scope, form, PickerPlace.RELEVANT);
    }

    /**
     * The one place an expression (a condition or a constraint) is read from a posted form: the picker's fields under
     * {@code field}, else a plain text field of that name. Fields that say what is stored leave the text as written
     * (the picker may write the same condition with other spacing); a refusal leaves it too and is answered.
     */
    static Optional<ExpressionInput.Refused> expression(
            QuestionnaireDocument document, Place place, PickerScope scope, BuilderForm form, String field) {
        if (!form.posted().containsKey(field + ".mode")) {
            scalar(document, place, field, form.value(field));
            return Optional.empty();
        }
        ExpressionInput input = ExpressionFields.from(form.posted(), field, scope);
        String stored = document.scalar(place, field).orElse("");
        if (input.equals(ExpressionFields.read(PickerState.of(stored), field, scope))) {
            return Optional.empty();
        }
        if (input instanceof ExpressionInput.Refused refusal) {
            return Optional.of(refusal);
        }
        String text = input instanceof ExpressionInput.Written written ? written.text() : "";
        scalar(document, place, field, Optional.of(text));
        return Optional.empty();
    }

    /** Sets a one-line value unless the form did not carry it or it is what the document already says. */
    static void scalar(QuestionnaireDocument document, Place place, String field, Optional<String> posted) {
        if (posted.isEmpty()) {
            return;
        }
        String value = posted.get();
        if (value.equals(document.scalar(place, field).orElse(""))) {
            return;
        }
        document.setScalar(place, field, value.isBlank() ? null : value);
    }

    /** A ticked box writes {@code true}; an unticked one removes a {@code true}, leaving an absent or false field. */
    static void flag(QuestionnaireDocument document, Place place, String field, boolean on) {
        boolean now =
                document.scalar(place, field).map("true"::equalsIgnoreCase).orElse(false);
        if (on != now) {
            document.setScalar(place, field, on ? "true" : null);
        }
    }

    /**
     * Sets the posted languages of a text, keeping the others (a translation in a language the questionnaire no
     * longer offers is not lost by saving), unless every posted language says what the document does.
     */
    static void text(QuestionnaireDocument document, Place place, String field, Map<Language, String> posted) {
        if (posted.isEmpty()) {
            return;
        }
        Map<Language, String> now = document.text(place, field);
        Map<Language, String> merged = new LinkedHashMap<>(now);
        boolean changed = false;
        for (Map.Entry<Language, String> entry : posted.entrySet()) {
            String before = now.getOrDefault(entry.getKey(), "").strip();
            if (!before.equals(entry.getValue())) {
                changed = true;
                merged.put(entry.getKey(), entry.getValue());
            }
        }
        if (changed) {
            document.setText(place, field, merged);
        }
    }

    /** Each row {@code prefix.i.…} of a choice or item list the form carried. */
    private static void entries(
            QuestionnaireDocument document,
            Optional<EntryList> list,
            String prefix,
            String valueField,
            boolean exclusive,
            BuilderForm form) {
        if (list.isEmpty()) {
            return;
        }
        List<Language> languages = document.languages();
        for (var entry : document.entries(list.get())) {
            String row = prefix + "." + entry.at().index() + ".";
            if (!form.has(row + valueField)) {
                continue;
            }
            scalar(document, entry.at(), valueField, form.value(row + valueField));
            text(document, entry.at(), "label", form.texts(row + "label", languages));
            if (exclusive) {
                flag(document, entry.at(), "exclusive", form.checked(row + "exclusive"));
            }
        }
    }

    /** A likert's point labels, posted as {@code labels.0.fi}, {@code labels.1.fi}… for as many points as shown. */
    private static void pointLabels(
            QuestionnaireDocument document, Place.QuestionAt question, BuilderForm form, List<Language> languages) {
        String first = languages.get(0).code();
        int rows = 0;
        while (form.has("labels." + rows + "." + first)) {
            text(document, question, "labels[" + rows + "]", form.texts("labels." + rows, languages));
            rows++;
        }
        if (rows > 0) {
            document.trimTextList(question, "labels");
        }
    }

    private static void other(
            QuestionnaireDocument document, Place.QuestionAt question, boolean on, Map<Language, String> posted) {
        Optional<Map<Language, String>> now = document.other(question);
        if (!on) {
            if (now.isPresent()) {
                document.setOther(question, false, Map.of());
            }
            return;
        }
        Map<Language, String> before = now.orElse(Map.of());
        Map<Language, String> wanted = new LinkedHashMap<>(before);
        posted.forEach((language, text) -> {
            if (text.isBlank()) {
                wanted.remove(language);
            } else {
                wanted.put(language, text);
            }
        });
        if (now.isEmpty() || !stripped(wanted).equals(stripped(before))) {
            document.setOther(question, true, wanted);
        }
    }

    private static Map<Language, String> stripped(Map<Language, String> texts) {
        Map<Language, String> result = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (!text.isBlank()) {
                result.put(language, text.strip());
            }
        });
        return result;
    }
}
