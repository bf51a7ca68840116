package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.builder.EntryList;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import java.util.List;
import java.util.Optional;

/**
 * Where a question's choices come from: written with the question, a shared list under {@code choiceLists} named by
 * {@code choices: name}, or one of Mittari's code lists named by {@code choicesFrom}.
 */
enum ChoiceSource {
    INLINE,
    SHARED,
    CODES;

    /** The code lists a questionnaire may name (surveys/README.md, "Choices from a code list"). */
    static final List<String> CODE_LISTS = List.of("region", "sector", "event_type");

    String formValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ChoiceSource of(QuestionnaireDocument document, Place.QuestionAt question) {
        if (document.scalar(question, "choicesFrom").isPresent()) {
            return CODES;
        }
        return document.scalar(question, "choices").isPresent() ? SHARED : INLINE;
    }

    /** The list whose rows the question page edits: its own choices or the shared list it names; none for a code list. */
    static Optional<EntryList> activeList(QuestionnaireDocument document, Place.QuestionAt question) {
        return switch (of(document, question)) {
            case INLINE -> Optional.of(new EntryList.Choices(question));
            case SHARED -> document.scalar(question, "choices").map(EntryList.SharedList::new);
            case CODES -> Optional.empty();
        };
    }

    /** Switches the source when the form chose another one (or another list); a form without the choice leaves it. */
    static void apply(
            QuestionnaireDocument document, Place.QuestionAt question, BuilderTypes.Type type, BuilderForm form) {
        Optional<ChoiceSource> wanted = form.value("choiceSource").flatMap(ChoiceSource::parse);
        if (wanted.isEmpty() || (wanted.get() == CODES && !type.codeLists())) {
            return;
        }
        ChoiceSource now = of(document, question);
        switch (wanted.get()) {
            case INLINE -> {
                if (now != INLINE) {
                    document.setScalar(question, "choices", null);
                    document.setScalar(question, "choicesFrom", null);
                }
            }
            case SHARED -> form.value("sharedList")
                    .filter(name -> !name.isBlank())
                    .ifPresent(name -> {
                        if (now == SHARED
                                && name.equals(
                                        document.scalar(question, "choices").orElse(""))) {
                            return;
                        }
                        document.setScalar(question, "choicesFrom", null);
                        document.setScalar(question, "choices", name);
                    });
            case CODES -> form.value("choicesFrom").filter(CODE_LISTS::contains).ifPresent(name -> {
                if (now == CODES
                        && name.equals(document.scalar(question, "choicesFrom").orElse(""))) {
                    return;
                }
                document.setScalar(question, "choices", null);
                document.setScalar(question, "choicesFrom", name);
            });
        }
    }

    private static Optional<ChoiceSource> parse(String value) {
        for (ChoiceSource source : values()) {
            if (source.formValue().equals(value)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
