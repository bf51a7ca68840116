package fi.mittari.export;

import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixItems;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.OtherChoice;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The columns one question adds to an export, decided by its type: its own column, or one per choice or matrix item,
 * or none (open text outside a sensitive export); then the text of "other" in a sensitive one. Texts are the newest
 * asking version's, choices and items those of every version, so an old answer keeps its label.
 */
final class QuestionColumns implements QuestionVisitor<OptionalInt> {

    private final NamedColumns columns;
    private final Language language;
    private final String key;
    private final Question question;
    private final List<Question> all;
    private final Language fallback;
    private final List<Integer> versions;
    private final boolean sensitive;
    private final String label;
    private final Map<String, Integer> parts = new LinkedHashMap<>();

    private QuestionColumns(
            NamedColumns columns, Language language, String key, List<StoredQuestionnaire> asked, boolean sensitive) {
        StoredQuestionnaire newest = asked.get(0);
        this.columns = columns;
        this.language = language;
        this.key = key;
        this.question = newest.questionnaire().question(key).orElseThrow();
        this.all = asked.stream()
                .map(v -> v.questionnaire().question(key).orElseThrow())
                .toList();
        this.fallback = newest.questionnaire().defaultLanguage();
        this.versions =
                asked.stream().map(StoredQuestionnaire::versionNumber).sorted().toList();
        this.sensitive = sensitive;
        this.label = text(question.label());
    }

    /**
     * Adds the columns of question {@code key} as the versions {@code asked} (the newest first) ask it; where its
     * answers go, empty when it has no column in this export.
     */
    static Optional<ExportLayout.Target> add(
            NamedColumns columns, Language language, String key, List<StoredQuestionnaire> asked, boolean sensitive) {
        return new QuestionColumns(columns, language, key, asked, sensitive).add();
    }

    private Optional<ExportLayout.Target> add() {
        OptionalInt column = question.accept(this);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        int other = -1;
        Optional<OtherChoice> otherChoice = question.other();
        if (sensitive && otherChoice.isPresent()) {
            other = columns.add(
                    key + "_" + OtherChoice.VALUE + "_text",
                    label + " – " + text(otherChoice.get().asChoice().label()),
                    ColumnKind.TEXT,
                    key,
                    List.of(),
                    versions);
        }
        return Optional.of(new ExportLayout.Target(question, column.getAsInt(), parts, other));
    }

    @Override
    public OptionalInt visitMultipleChoice(MultipleChoiceQuestion multiple) {
        return perChoice(ColumnKind.DUMMY);
    }

    @Override
    public OptionalInt visitRanking(RankingQuestion ranking) {
        return perChoice(ColumnKind.RANK);
    }

    @Override
    public OptionalInt visitCalculate(CalculateQuestion calculate) {
        return own(ColumnKind.CALCULATED, List.of());
    }

    @Override
    public OptionalInt visitMatrix(MatrixQuestion matrix) {
        List<Column.ValueLabel> values = labels(choices());
        for (MatrixItem item : items()) {
            String itemLabel = label + " – " + text(item.label());
            parts.put(
                    item.key(), columns.add(key + "_" + item.key(), itemLabel, ColumnKind.CODE, key, values, versions));
        }
        return OptionalInt.of(-1);
    }

    @Override
    public OptionalInt visitNumber(NumberQuestion number) {
        return own(ColumnKind.NUMBER, List.of());
    }

    @Override
    public OptionalInt visitRating(RatingQuestion rating) {
        return own(ColumnKind.NUMBER, List.of());
    }

    @Override
    public OptionalInt visitDate(DateQuestion date) {
        return own(ColumnKind.DATE, List.of());
    }

    @Override
    public OptionalInt visitTime(TimeQuestion time) {
        return own(ColumnKind.TIME, List.of());
    }

    @Override
    public OptionalInt visitDateTime(DateTimeQuestion dateTime) {
        return own(ColumnKind.DATETIME, List.of());
    }

    @Override
    public OptionalInt visitText(TextQuestion text) {
        return sensitive ? own(ColumnKind.TEXT, List.of()) : OptionalInt.empty();
    }

    @Override
    public OptionalInt visitSingleChoice(SingleChoiceQuestion single) {
        return coded();
    }

    @Override
    public OptionalInt visitYesNo(YesNoQuestion yesNo) {
        return coded();
    }

    @Override
    public OptionalInt visitLikert(LikertQuestion likert) {
        return coded();
    }

    @Override
    public OptionalInt visitConsent(ConsentQuestion consent) {
        return coded();
    }

    @Override
    public OptionalInt visitDisplayText(DisplayText text) {
        return coded(); // never asked: display text takes no answer
    }

    /** One column per choice of every version; the question has none of its own (-1). */
    private OptionalInt perChoice(ColumnKind kind) {
        for (Choice choice : choices()) {
            String choiceLabel = label + " – " + text(choice.label());
            parts.put(
                    choice.value(),
                    columns.add(key + "_" + choice.value(), choiceLabel, kind, key, List.of(), versions));
        }
        return OptionalInt.of(-1);
    }

    private OptionalInt coded() {
        return own(ColumnKind.CODE, labels(choices()));
    }

    private OptionalInt own(ColumnKind kind, List<Column.ValueLabel> values) {
        return OptionalInt.of(columns.add(key, label, kind, key, values, versions));
    }

    /** The choices of every version, the newest's first, each value once (retired ones too: old answers hold them). */
    private List<Choice> choices() {
        Map<String, Choice> byValue = new LinkedHashMap<>();
        for (Question version : all) {
            version.answerChoices().forEach(c -> byValue.putIfAbsent(c.value(), c));
        }
        return List.copyOf(byValue.values());
    }

    private List<MatrixItem> items() {
        Map<String, MatrixItem> byKey = new LinkedHashMap<>();
        for (Question version : all) {
            MatrixItems.of(version).forEach(i -> byKey.putIfAbsent(i.key(), i));
        }
        return List.copyOf(byKey.values());
    }

    private List<Column.ValueLabel> labels(List<Choice> choices) {
        return choices.stream()
                .map(c -> new Column.ValueLabel(c.value(), text(c.label())))
                .toList();
    }

    private String text(LocalizedText text) {
        return text.in(language, fallback);
    }
}
