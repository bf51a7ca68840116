package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.builder.ExpressionInput;
import fi.mittari.questionnaire.builder.PickerPlace;
import fi.mittari.questionnaire.builder.PickerState;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.builder.QuestionnaireLayout;
import java.util.Locale;
import java.util.Map;

/**
 * The condition and constraint pickers of a builder form as shown: with what is stored, or after a refusal with what
 * was posted and the field to fix marked, so that nothing chosen or typed is lost.
 */
record ExpressionPickers(Map<String, ?> posted, Map<String, ExpressionInput.Refused> refused) {

    static final ExpressionPickers STORED = new ExpressionPickers(Map.of(), Map.of());

    ExpressionPickers {
        posted = Map.copyOf(posted);
        refused = Map.copyOf(refused);
    }

    PickerView view(
            QuestionnaireLayout layout,
            QuestionnaireDocument document,
            Place at,
            PickerPlace place,
            String key,
            Locale locale) {
        ExpressionInput.Refused refusal = refused.get(place.field());
        return refusal == null
                ? PickerViews.stored(
                        place.field(),
                        place,
                        layout,
                        document.scalar(at, place.field()).orElse(""),
                        key,
                        locale)
                : PickerViews.of(
                        place.field(), place, layout, PickerState.posted(posted, place.field()), refusal, key, locale);
    }
}
