package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.web.DesignerPages.Message;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * The view models of the builder pages. Public records, because Thymeleaf calls their accessors. A field's label and
 * hint are the message keys {@code builder.field.<name>} and {@code builder.hint.<name>}; its inputs are named as the
 * form mapping reads them ({@code label.fi}, {@code choice.2.value}…).
 */
public final class BuilderPages {

    private BuilderPages() {}

    static Message message(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    /** A text the document cannot read as a questionnaire tree; {@code line} 0 when the questionnaire does not exist. */
    public record Unreadable(String key, int line, int column, String reason) {}

    /** One language's text of a localized field. */
    public record LangText(String code, String value) {}

    /** A localized field; {@code hint} is the message key of its hint, {@code builder.hint.<name>} unless a type's. */
    public record TextField(String name, String hint, List<LangText> values) {

        static TextField of(String name, List<Language> languages, Map<Language, String> texts) {
            return new TextField(
                    name,
                    "builder.hint." + name,
                    languages.stream()
                            .map(l -> new LangText(l.code(), texts.getOrDefault(l, "")))
                            .toList());
        }

        TextField withHint(String key) {
            return new TextField(name, key, values);
        }
    }

    /** A one-line value; with {@code options} a list to choose from (the first option, "", meaning none). */
    public record ScalarField(String name, String value, List<String> options) {

        public boolean isSelect() {
            return !options.isEmpty();
        }
    }

    /** A type in the type list; an unknown type (a typo in a hand-written file) is shown as written. */
    public record TypeOption(String name, boolean known) {}

    public record FlagField(String name, boolean on) {}

    /** The words for one point of a likert scale ({@code labels[index]}), in each language. */
    public record PointLabel(int index, List<LangText> values) {

        public int number() {
            return index + 1;
        }
    }

    /** A choice (value) or matrix item (key) row with its labels; {@code exclusive} only for multiple choices. */
    public record EntryRow(
            int index, String value, List<LangText> labels, boolean exclusive, boolean first, boolean last) {}

    /**
     * A problem of the reader: the plain sentence in the staff's language, the reader's exact message as detail, and
     * where it links to (the question or page it concerns, else the YAML editor).
     */
    public record ProblemRow(String path, String message, String exact, boolean error, String href) {}

    /** A field that was refused, with why: {@code field} is the id of the input the summary links to. */
    public record FieldError(String field, Message message) {}

    public record QuestionRow(
            int page,
            int index,
            String key,
            String type,
            String label,
            boolean required,
            long problems,
            boolean first,
            boolean last) {

        public boolean known() {
            return BuilderTypes.named(type).isPresent();
        }

        public String anchor() {
            return "q-" + page + "-" + index;
        }
    }

    public record PageRow(
            int index, String key, String title, boolean conditional, List<QuestionRow> questions, long problems) {}

    /**
     * The add-question form as it was sent, shown again with why it was refused; {@link #NONE} for an empty form.
     * {@code position} is "" for the default place (the end of the last page).
     */
    public record AddQuestion(String type, String label, String key, String position, List<FieldError> errors) {

        static final AddQuestion NONE = new AddQuestion("", "", "", "", List.of());

        /** Whether {@code type} is the one ticked: the sent one, else the first of the list. */
        public boolean ticks(String candidate, boolean first) {
            return type.isEmpty() ? first : type.equals(candidate);
        }

        public boolean chosen(Position option) {
            return position.isEmpty() ? option.selected() : position.equals(option.value());
        }

        /** The message for the key field, when it was refused. */
        public @Nullable FieldError keyError() {
            return errors.stream()
                    .filter(e -> e.field().equals("add-key"))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** Where a new question goes: {@code value} is "page:index". */
    public record Position(String value, String page, @Nullable String after, boolean selected) {}

    public record OverviewPage(
            String key,
            String title,
            boolean paged,
            List<PageRow> pages,
            List<ProblemRow> problems,
            @Nullable Message notice,
            List<String> types,
            List<Position> positions,
            String defaultCode,
            boolean hasDraft,
            AddQuestion add) {

        public long errorCount() {
            return problems.stream().filter(ProblemRow::error).count();
        }

        public int lastPage() {
            return pages.size() - 1;
        }
    }

    public record QuestionPage(
            String key,
            int page,
            int index,
            String questionKey,
            String type,
            List<TypeOption> types,
            List<ScalarField> scalars,
            List<FlagField> flags,
            List<TextField> texts,
            List<PointLabel> pointLabels,
            @Nullable PickerView relevantPicker,
            @Nullable PickerView constraintPicker,
            TextField constraintMessage,
            String choiceFilter,
            Choices choices,
            List<EntryRow> items,
            boolean hasItems,
            List<ProblemRow> problems,
            @Nullable Message notice) {

        public String action() {
            return BuilderLinks.question(key, page, index);
        }

        /** The choice filter is shown as written and edited in the YAML tab, which keeps it on every save here. */
        public boolean hasChoiceFilter() {
            return !choiceFilter.isEmpty();
        }

        /** The pickers' refusals, for the error summary. */
        public List<PickerView.FieldProblem> pickerProblems() {
            return java.util.stream.Stream.of(relevantPicker, constraintPicker)
                    .filter(p -> p != null && p.hasProblem())
                    .map(PickerView::problem)
                    .toList();
        }
    }

    /** The choices part of a question page; {@code shown} false for types without choices. */
    public record Choices(
            boolean shown,
            String source,
            String sharedList,
            List<String> sharedLists,
            String codeList,
            List<String> codeLists,
            boolean codeListsAllowed,
            List<EntryRow> rows,
            boolean exclusive,
            boolean otherAllowed,
            boolean otherOn,
            TextField otherLabel) {

        public boolean editable() {
            return !"codes".equals(source);
        }
    }

    public record PageEditPage(
            String key,
            int index,
            String pageKey,
            List<TextField> texts,
            PickerView relevantPicker,
            List<ProblemRow> problems,
            @Nullable Message notice) {

        /** The picker's refusal, for the error summary. */
        public List<PickerView.FieldProblem> pickerProblems() {
            return relevantPicker.hasProblem() ? List.of(relevantPicker.problem()) : List.of();
        }
    }

    public record LanguageBox(String code, boolean on) {}

    public record SettingsPage(
            String key,
            List<TextField> texts,
            List<LanguageBox> languages,
            String defaultLanguage,
            List<FieldError> errors,
            @Nullable Message notice) {}

    public record StartPage(
            String key,
            TextField title,
            List<LanguageBox> languages,
            String defaultLanguage,
            List<FieldError> errors) {}

    /** Asks before removing: {@code what} is the message key naming the thing, {@code name} its label. */
    public record ConfirmPage(String key, String what, String name, String action, String back) {}
}
