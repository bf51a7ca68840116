package fi.mittari.questionnaire.builder.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The question types the builder offers and which fields each one has, following surveys/README.md. The question page
 * shows, and the form mapping reads, exactly these fields, so a field a type does not have is never written.
 */
final class BuilderTypes {

    /**
     * A type as written in files; {@code scalars} are one-line values, {@code flags} yes/no boxes, {@code texts}
     * localized texts, {@code expressions} the condition and constraint (constraintMessage goes with the constraint).
     */
    record Type(
            String name,
            List<String> scalars,
            List<String> flags,
            List<String> texts,
            List<String> expressions,
            boolean choices,
            boolean items,
            boolean other,
            boolean exclusive) {

        /** Single and multiple choices may take their choices from a code list (choicesFrom). */
        boolean codeLists() {
            return other;
        }

        /** A likert scale may name each of its points ({@code labels}, one text per point). */
        boolean pointLabels() {
            return name.equals("likert");
        }

        /** The message key of a text field's hint: a calculation is never shown, so its label and hint are for staff. */
        String textHint(String field) {
            return name.equals("calculate") ? "builder.hint.calculate." + field : "builder.hint." + field;
        }
    }

    private static final List<String> ASKED_FLAGS = List.of("required", "personal");
    private static final List<String> BOTH = List.of("relevant", "constraint");
    private static final List<String> CONDITION = List.of("relevant");

    static final List<Type> ALL = List.of(
            type("single_choice", List.of("concept", "appearance"), ASKED_FLAGS, List.of(), BOTH, true, false, true),
            new Type(
                    "multiple_choice",
                    List.of("concept", "minSelected", "maxSelected"),
                    ASKED_FLAGS,
                    texts(),
                    BOTH,
                    true,
                    false,
                    true,
                    true),
            type("yes_no", List.of("concept"), ASKED_FLAGS, List.of(), BOTH, false, false, false),
            type("rating", List.of("concept", "min", "max"), ASKED_FLAGS, List.of("minLabel", "maxLabel"), BOTH),
            type("number", List.of("concept", "min", "max"), flags("decimal"), List.of("unit"), BOTH),
            type("date", List.of("concept", "min", "max"), ASKED_FLAGS, List.of(), BOTH),
            type("time", List.of("concept", "min", "max"), ASKED_FLAGS, List.of(), BOTH),
            type("datetime", List.of("concept", "min", "max"), ASKED_FLAGS, List.of(), BOTH),
            type("text", List.of("concept", "maxLength"), flags("multiline"), List.of(), BOTH),
            type("consent", List.of("concept"), List.of("personal"), List.of(), CONDITION),
            type("note", List.of(), List.of(), List.of(), CONDITION),
            type("likert", List.of("concept", "points"), ASKED_FLAGS, List.of("minLabel", "maxLabel"), CONDITION),
            type("matrix", List.of("concept"), ASKED_FLAGS, List.of(), CONDITION, true, true, false),
            type("ranking", List.of("concept", "rankCount"), ASKED_FLAGS, List.of(), BOTH, true, false, false),
            // never asked: no required flag and no constraint; its label and hint are for staff
            type("calculate", List.of("concept", "calculation"), List.of("personal"), List.of(), CONDITION));

    private BuilderTypes() {}

    static Optional<Type> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** A type the builder does not know (a typo in a hand-written file) still gets the common fields. */
    static Type orCommon(String name) {
        return named(name).orElse(type(name, List.of("concept"), ASKED_FLAGS, List.of(), BOTH));
    }

    static List<String> names() {
        return ALL.stream().map(Type::name).toList();
    }

    private static Type type(
            String name,
            List<String> scalars,
            List<String> flags,
            List<String> extraTexts,
            List<String> expressions,
            boolean choices,
            boolean items,
            boolean other) {
        return new Type(name, scalars, flags, texts(extraTexts), expressions, choices, items, other, false);
    }

    private static Type type(
            String name, List<String> scalars, List<String> flags, List<String> extraTexts, List<String> expressions) {
        return type(name, scalars, flags, extraTexts, expressions, false, false, false);
    }

    /** label and hint always; the type's own texts after them, in the document's usual order. */
    private static List<String> texts(List<String> extra) {
        List<String> all = new ArrayList<>(List.of("label", "hint"));
        all.addAll(extra);
        return List.copyOf(all);
    }

    private static List<String> texts() {
        return texts(List.of());
    }

    private static List<String> flags(String own) {
        List<String> all = new ArrayList<>(ASKED_FLAGS);
        all.add(own);
        return List.copyOf(all);
    }
}
