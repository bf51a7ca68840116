package fi.mittari.export;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.StoredQuestionnaire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an export of answers given by one or more versions of a questionnaire: the response's own columns,
 * then each question of the newest version in its order, then questions only older versions asked. A question takes
 * its texts from the newest version that asked it and its choices from all of them, so an old answer keeps its label
 * ({@link QuestionColumns}). Questions marked personal and open texts (and the text of "other") are columns only when
 * {@code sensitive}.
 */
public final class ExportLayout {

    private final NamedColumns columns = new NamedColumns();
    private final Map<String, Target> targets = new HashMap<>();
    private final CodebookWords words;

    /** Where a question's answers go: its own column, its parts' columns (choices, items) and its "other" text. */
    record Target(Question question, int column, Map<String, Integer> parts, int other) {}

    private ExportLayout(Language language) {
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
        asking.forEach((key, asked) -> QuestionColumns.add(layout.columns, language, key, asked, sensitive)
                .ifPresent(target -> layout.targets.put(key, target)));
        return layout;
    }

    /** The codebook's own words, in the language of the labels. */
    public CodebookWords words() {
        return words;
    }

    public List<Column> columns() {
        return columns.list();
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
        columns.add(name, words.ownColumn(kind), kind, "", List.of(), List.of());
    }
}
