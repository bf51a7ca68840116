package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.builder.EntryList;
import fi.mittari.questionnaire.builder.PickerPlace;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.builder.QuestionnaireLayout;
import fi.mittari.questionnaire.web.DesignerPages.Message;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds a question page's view model from the document: the fields of the question's type, as written. */
final class QuestionView {

    private QuestionView() {}

    static BuilderPages.QuestionPage of(
            BuilderDrafts.Opened opened,
            Place.QuestionAt at,
            Locale locale,
            @Nullable Message notice,
            ExpressionPickers pickers) {
        QuestionnaireDocument document = opened.document();
        List<Language> languages = document.languages();
        String typeName = document.scalar(at, "type").orElse("");
        String questionKey = document.scalar(at, "key").orElse("");
        BuilderTypes.Type type = BuilderTypes.orCommon(typeName);
        QuestionnaireLayout layout = opened.layout();
        List<BuilderPages.ScalarField> scalars = type.scalars().stream()
                .map(field -> new BuilderPages.ScalarField(
                        field,
                        document.scalar(at, field).orElse(""),
                        "appearance".equals(field) ? List.of("", "radio", "dropdown") : List.of()))
                .toList();
        List<BuilderPages.FlagField> flags = type.flags().stream()
                .map(field -> new BuilderPages.FlagField(
                        field,
                        document.scalar(at, field).map("true"::equalsIgnoreCase).orElse(false)))
                .toList();
        List<BuilderPages.TextField> texts = type.texts().stream()
                .map(field -> BuilderPages.TextField.of(field, languages, document.text(at, field))
                        .withHint(type.textHint(field)))
                .toList();
        List<BuilderPages.TypeOption> types = new ArrayList<>();
        if (BuilderTypes.named(typeName).isEmpty()) {
            types.add(new BuilderPages.TypeOption(typeName, false));
        }
        BuilderTypes.names().forEach(name -> types.add(new BuilderPages.TypeOption(name, true)));
        return new BuilderPages.QuestionPage(
                opened.key(),
                at.page(),
                at.index(),
                document.scalar(at, "key").orElse(""),
                typeName,
                types,
                scalars,
                flags,
                texts,
                type.pointLabels() ? pointLabels(document, at, languages) : List.of(),
                type.expressions().contains("relevant")
                        ? pickers.view(layout, document, at, PickerPlace.condition(questionKey), opened.key(), locale)
                        : null,
                type.expressions().contains("constraint")
                        ? pickers.view(layout, document, at, PickerPlace.constraint(questionKey), opened.key(), locale)
                        : null,
                BuilderPages.TextField.of("constraintMessage", languages, document.text(at, "constraintMessage")),
                document.scalar(at, "choiceFilter").orElse(""),
                choices(document, at, type),
                type.items() ? rows(document, new EntryList.Items(at), languages, false) : List.of(),
                type.items(),
                BuilderOverview.problems(opened, locale).stream()
                        .filter(p -> ProblemPlaces.concernsQuestion(p.path(), at.page(), at.index()))
                        .toList(),
                notice);
    }

    /**
     * A row for each point of the scale ({@code points}, 5 when not a number from 3 to 11), and for any label written
     * beyond it, so that no written label is hidden from the page that edits it.
     */
    private static List<BuilderPages.PointLabel> pointLabels(
            QuestionnaireDocument document, Place.QuestionAt at, List<Language> languages) {
        List<Map<Language, String>> written = document.textList(at, "labels");
        int points = document.scalar(at, "points")
                .filter(p -> p.matches("\\d{1,2}"))
                .map(Integer::parseInt)
                .filter(p -> p >= LikertQuestion.FEWEST_POINTS && p <= LikertQuestion.MOST_POINTS)
                .orElse(LikertQuestion.DEFAULT_POINTS);
        List<BuilderPages.PointLabel> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(points, written.size()); i++) {
            Map<Language, String> texts = i < written.size() ? written.get(i) : Map.of();
            rows.add(new BuilderPages.PointLabel(
                    i, BuilderPages.TextField.of("labels", languages, texts).values()));
        }
        return rows;
    }

    private static BuilderPages.Choices choices(
            QuestionnaireDocument document, Place.QuestionAt at, BuilderTypes.Type type) {
        List<Language> languages = document.languages();
        Optional<Map<Language, String>> other = type.other() ? document.other(at) : Optional.empty();
        BuilderPages.TextField otherLabel = BuilderPages.TextField.of("otherLabel", languages, other.orElse(Map.of()));
        if (!type.choices()) {
            return new BuilderPages.Choices(
                    false, "inline", "", List.of(), "", List.of(), false, List.of(), false, false, false, otherLabel);
        }
        ChoiceSource source = ChoiceSource.of(document, at);
        return new BuilderPages.Choices(
                true,
                source.formValue(),
                source == ChoiceSource.SHARED ? document.scalar(at, "choices").orElse("") : "",
                List.copyOf(document.sharedLists()),
                document.scalar(at, "choicesFrom").orElse(""),
                ChoiceSource.CODE_LISTS,
                type.codeLists(),
                ChoiceSource.activeList(document, at)
                        .map(list -> rows(document, list, languages, type.exclusive()))
                        .orElse(List.of()),
                type.exclusive(),
                type.other(),
                other.isPresent(),
                otherLabel);
    }

    private static List<BuilderPages.EntryRow> rows(
            QuestionnaireDocument document, EntryList list, List<Language> languages, boolean exclusive) {
        var entries = document.entries(list);
        List<BuilderPages.EntryRow> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            rows.add(new BuilderPages.EntryRow(
                    i,
                    entry.value(),
                    BuilderPages.TextField.of("label", languages, entry.label()).values(),
                    exclusive && entry.exclusive(),
                    i == 0,
                    i == entries.size() - 1));
        }
        return rows;
    }
}
