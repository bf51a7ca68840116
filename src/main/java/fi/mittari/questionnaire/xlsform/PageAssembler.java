package fi.mittari.questionnaire.xlsform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sorts the survey rows of a form that has groups into pages. A top-level group becomes a page: name → key, label →
 * title, hint → intro, relevant → the page's condition. A group inside it is flattened into that page: its label
 * becomes a note and its condition is AND-ed into each of its questions. Questions outside any group go, run by run,
 * into pages of their own titled with the form's title, with a warning, since Mittari has no questions between pages.
 */
final class PageAssembler {

    private final Map<String, String> keys;
    private final SurveyRowConverter converter;
    private final RowProperties properties;
    private final Map<String, Object> formTitle;
    private final String defaultLanguage;
    private final List<Map<String, Object>> pages = new ArrayList<>();
    private final Deque<Optional<String>> nestedConditions = new ArrayDeque<>();
    private final Set<String> pageKeys;
    private final Set<String> listNames;
    private Optional<SurveyRow> openedAt = Optional.empty();
    private Optional<SurveyRow> pageStart = Optional.empty();
    private List<Object> questions = new ArrayList<>();
    private boolean loosePage;
    private int depth;

    PageAssembler(
            Map<String, String> keys,
            SurveyRowConverter converter,
            XPathTranslator translator,
            Map<String, Object> formTitle,
            String defaultLanguage,
            Set<String> listNames) {
        this.keys = keys;
        this.converter = converter;
        this.properties = new RowProperties(translator);
        this.formTitle = formTitle;
        this.defaultLanguage = defaultLanguage;
        this.pageKeys = new HashSet<>(keys.values());
        this.listNames = listNames;
    }

    /**
     * Whether the form needs pages: any group that is not a matrix (a table-list group of one choice list is read as
     * a matrix question, wherever it is), since the first such group is always at the top level.
     */
    static boolean hasGroups(List<SurveyRow> rows, Set<String> listNames) {
        for (int i = 0; i < rows.size(); i++) {
            Optional<MatrixGroup> matrix = MatrixGroup.at(rows, i, listNames);
            if (matrix.isPresent()) {
                i = matrix.get().endIndex();
            } else if (TypeSpellings.word(rows.get(i)).equals("begin group")) {
                return true;
            }
        }
        return false;
    }

    List<Map<String, Object>> pages(List<SurveyRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            SurveyRow row = rows.get(i);
            String word = TypeSpellings.word(row);
            Optional<MatrixGroup> matrix = MatrixGroup.at(rows, i, listNames);
            if (matrix.isPresent()) {
                converter
                        .matrix(row, matrix.get().items(), matrix.get().listName())
                        .ifPresent(question -> add(row, question));
                i = matrix.get().endIndex();
            } else if (word.equals("begin group")) {
                begin(row);
            } else if (word.equals("end group")) {
                end(row);
            } else {
                converter.convertAll(row).forEach(question -> add(row, question));
            }
        }
        openedAt.ifPresent(
                row -> row.error("type", "this group has no 'end group'; it is closed at the end of the sheet"));
        closePage();
        return pages;
    }

    private void begin(SurveyRow row) {
        depth++;
        if (depth > 1) {
            nestedConditions.push(properties.expression(row, "relevant"));
            row.warning(
                    "type",
                    "a group inside a group is flattened into its page: its label becomes a note and its"
                            + " condition is added to each of its questions");
            converter.convert(row).ifPresent(note -> add(row, note));
            return;
        }
        closePage();
        openedAt = Optional.of(row);
        pageStart = Optional.of(row);
        Map<String, Object> page = new LinkedHashMap<>();
        if (!row.has("name")) {
            row.error("name", "a group needs a name: it becomes the key of its page");
        }
        page.put("key", keys.getOrDefault(row.value("name"), ""));
        page.put("title", row.texts("label").orElseGet(() -> {
            row.warning("label", "the group has no label; its page is titled with its name");
            return Map.of(defaultLanguage, row.value("name"));
        }));
        row.texts("hint").ifPresent(intro -> page.put("intro", intro));
        properties.expression(row, "relevant").ifPresent(relevant -> page.put("relevant", relevant));
        pages.add(page);
    }

    private void end(SurveyRow row) {
        if (depth == 0) {
            row.error("type", "'end group' without a 'begin group' before it");
            return;
        }
        depth--;
        if (depth > 0) {
            nestedConditions.pop();
        } else {
            openedAt = Optional.empty();
            closePage();
        }
    }

    private void add(SurveyRow row, Map<String, Object> question) {
        if (depth == 0 && !loosePage) {
            closePage();
            loosePage = true;
            String key = unusedKey();
            row.warning(
                    "type",
                    "this row is outside any group; it and the rows after it up to the next group go on" + " page '"
                            + key + "', titled with the form's title");
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("key", key);
            page.put("title", formTitle);
            pages.add(page);
        }
        List<String> conditions = new ArrayList<>();
        nestedConditions.descendingIterator().forEachRemaining(c -> c.ifPresent(conditions::add));
        if (!conditions.isEmpty()) {
            Object own = question.get("relevant");
            if (own != null) {
                conditions.add(own.toString());
            }
            question.put(
                    "relevant",
                    conditions.size() == 1
                            ? conditions.get(0)
                            : conditions.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" and ")));
        }
        questions.add(question);
    }

    /** Attaches the questions gathered to the last page; a page left without any is dropped with a warning. */
    private void closePage() {
        if (pages.isEmpty() || pages.get(pages.size() - 1).containsKey("questions")) {
            return;
        }
        Map<String, Object> page = pages.get(pages.size() - 1);
        if (questions.isEmpty()) {
            pages.remove(pages.size() - 1);
            pageStart.ifPresent(row -> row.warning("type", "the group holds no question, so it makes no page"));
        } else {
            page.put("questions", questions);
        }
        questions = new ArrayList<>();
        loosePage = false;
        pageStart = Optional.empty();
    }

    private String unusedKey() {
        int n = pages.size() + 1;
        while (pageKeys.contains("page_" + n)) {
            n++;
        }
        pageKeys.add("page_" + n);
        return "page_" + n;
    }
}
