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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The columns of an export of answers given by one or more versions of a questionnaire: the response's own columns,
 * then each question of the newest version in its order, then questions only older versions asked. A question takes
 * its texts from the newest version that asked it and its choices from all of them, so an old answer keeps its label.
 * Questions marked personal and open texts (and the text of "other") are columns only when {@code sensitive}.
 */
public final class ExportLayout {

    /** Stata's limit on a variable name; SPSS and R allow longer ones. */
    static final int NAME_LENGTH = 32;

    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Language language;
    private final CodebookWords words;

    /** Where a question's answers go: its own column, its parts' columns (choices, items) and its "other" text. */
    record Target(Question question, int column, Map<String, Integer> parts, int other) {}

    private ExportLayout(Language language) {
        this.language = language;
        this.words = CodebookWords.in(language);
    }

    /** {@code language}: of the labels (a version without it shows its default language). */
    public static ExportLayout of(List<StoredQuestionnaire> versions, Language language, boolean sensitive) {
        ExportLayout layout = new ExportLayout(language);
        layout.own("response_id", ColumnKind.RESPONSE);
        layout.own("campaign", ColumnKind.CAMPAIGN);
        layout.own("version", ColumnKind.VERSION);
        layout.own("language", ColumnKind.LANGUAGE);
        layout.own("day", ColumnKind.DAY);
        layout.own("status", ColumnKind.STATUS);
        List<StoredQuestionnaire> newestFirst = versions.stream()
                .sorted(Comparator.comparingInt(StoredQuestionnaire::versionNumber)
                        .reversed())
                .toList();
        Map<String, List<StoredQuestionnaire>> asking = new LinkedHashMap<>();
        for (StoredQuestionnaire version : newestFirst) {
            for (Question question : version.questionnaire().questions()) {
                if (question.takesAnswer()
                        && (sensitive || !question.classification().personal())) {
                    asking.computeIfAbsent(question.key(), k -> new ArrayList<>())
                            .add(version);
                }
            }
        }
        asking.forEach((key, asked) -> layout.question(key, asked, sensitive));
        return layout;
    }

    /** The codebook's own words, in the language of the labels. */
    public CodebookWords words() {
        return words;
    }

    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public int size() {
        return columns.size();
    }

    Optional<Target> target(String questionKey) {
        return Optional.ofNullable(targets.get(questionKey));
    }

    java.util.Collection<Target> targets() {
        return targets.values();
    }

    private void own(String name, ColumnKind kind) {
        add(name, words.ownColumn(kind), kind, "", List.of(), List.of());
    }

    private void question(String key, List<StoredQuestionnaire> asked, boolean sensitive) {
        StoredQuestionnaire newest = asked.get(0);
        Question question = newest.questionnaire().question(key).orElseThrow();
        Language fallback = newest.questionnaire().defaultLanguage();
        List<Integer> versions =
                asked.stream().map(StoredQuestionnaire::versionNumber).sorted().toList();
        List<Question> all = asked.stream()
                .map(v -> v.questionnaire().question(key).orElseThrow())
                .toList();
        String label = text(question.label(), fallback);
        Map<String, Integer> parts = new LinkedHashMap<>();
        OptionalInt column = question.accept(new Columns(key, label, all, fallback, versions, sensitive, parts));
        if (column.isEmpty()) {
            return;
        }
        int main = column.getAsInt();
        int other = -1;
        Optional<OtherChoice> otherChoice = question.other();
        if (sensitive && otherChoice.isPresent()) {
            other = add(
                    key + "_" + OtherChoice.VALUE + "_text",
                    label + " – " + text(otherChoice.get().asChoice().label(), fallback),
                    ColumnKind.TEXT,
                    key,
                    List.of(),
                    versions);
        }
        targets.put(key, new Target(question, main, parts, other));
    }

    private int add(
            String name, String label, ColumnKind kind, String key, List<Column.ValueLabel> values, List<Integer> v) {
        columns.add(new Column(uniqueName(name), label, kind, key, values, v));
        return columns.size() - 1;
    }

    /** A name every format accepts, not taken by an earlier column: "_2", "_3"… added when it is. */
    private String uniqueName(String wanted) {
        String base = wanted.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "v_" + base;
        }
        base = base.length() > NAME_LENGTH ? base.substring(0, NAME_LENGTH) : base;
        String name = base;
        for (int n = 2; names.contains(name); n++) {
            String suffix = "_" + n;
            name = base.substring(0, Math.min(base.length(), NAME_LENGTH - suffix.length())) + suffix;
        }
        names.add(name);
        return name;
    }

    private String text(LocalizedText text, Language fallback) {
        return text.in(language, fallback);
    }

    private List<Column.ValueLabel> labels(List<Choice> choices, Language fallback) {
        return choices.stream()
                .map(c -> new Column.ValueLabel(c.value(), text(c.label(), fallback)))
                .toList();
    }

    /** The choices of every version, the newest's first, each value once (retired ones too: old answers hold them). */
    private static List<Choice> choices(List<Question> versions) {
        Map<String, Choice> byValue = new LinkedHashMap<>();
        for (Question question : versions) {
            question.answerChoices().forEach(c -> byValue.putIfAbsent(c.value(), c));
        }
        return List.copyOf(byValue.values());
    }

    private static List<MatrixItem> items(List<Question> versions) {
        Map<String, MatrixItem> byKey = new LinkedHashMap<>();
        for (Question question : versions) {
            MatrixItems.of(question).forEach(i -> byKey.putIfAbsent(i.key(), i));
        }
        return List.copyOf(byKey.values());
    }

    /**
     * Adds the columns of one question: the index of its own column, -1 when only its parts have columns, empty when
     * it has none in this export (open text outside a sensitive one).
     */
    private final class Columns implements QuestionVisitor<OptionalInt> {
        private final String key;
        private final String label;
        private final List<Question> all;
        private final Language fallback;
        private final List<Integer> versions;
        private final boolean sensitive;
        private final Map<String, Integer> parts;

        Columns(
                String key,
                String label,
                List<Question> all,
                Language fallback,
                List<Integer> versions,
                boolean sensitive,
                Map<String, Integer> parts) {
            this.key = key;
            this.label = label;
            this.all = all;
            this.fallback = fallback;
            this.versions = versions;
            this.sensitive = sensitive;
            this.parts = parts;
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
            List<Column.ValueLabel> values = labels(choices(all), fallback);
            for (MatrixItem item : items(all)) {
                String itemLabel = label + " – " + text(item.label(), fallback);
                parts.put(item.key(), add(key + "_" + item.key(), itemLabel, ColumnKind.CODE, key, values, versions));
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

        private OptionalInt perChoice(ColumnKind kind) {
            for (Choice choice : choices(all)) {
                String choiceLabel = label + " – " + text(choice.label(), fallback);
                parts.put(choice.value(), add(key + "_" + choice.value(), choiceLabel, kind, key, List.of(), versions));
            }
            return OptionalInt.of(-1);
        }

        private OptionalInt coded() {
            return own(ColumnKind.CODE, labels(choices(all), fallback));
        }

        private OptionalInt own(ColumnKind kind, List<Column.ValueLabel> values) {
            return OptionalInt.of(add(key, label, kind, key, values, versions));
        }
    }
}
