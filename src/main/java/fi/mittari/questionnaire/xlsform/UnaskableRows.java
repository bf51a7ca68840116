package fi.mittari.questionnaire.xlsform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * Leaves out the survey rows Mittari cannot ask ({@link UnaskableQuestions#LEAVE_OUT}), each with a warning at its type
 * cell, and then every group, repeat or loop that held nothing but such rows, since a page without questions is no
 * page. It runs before loops and repeats are expanded, so a row is reported once however often it would be copied.
 */
final class UnaskableRows {

    /** A row left out: its name (possibly blank), the cell of its type and why it was left out. */
    record LeftOut(String name, String cell, String reason) {}

    /** The survey without the rows left out, and those rows by name (a nameless row cannot be referred to). */
    record Result(SheetTable survey, Map<String, LeftOut> byName) {

        /**
         * The keys expressions may name: a left-out row's too, so that a reference to it is reported once, by {@link
         * UnaskableReferences} at its cell, and not again as a name the survey does not have.
         */
        Map<String, String> referable(Map<String, String> keys) {
            Map<String, String> referable = new LinkedHashMap<>(keys);
            byName.keySet().forEach(name -> referable.putIfAbsent(name, Names.questionKey(name)));
            return referable;
        }
    }

    /** An open group, with where its begin row went in the output and whether a row inside it was left out. */
    private static final class Open {
        final int at;
        final SurveyRow begin;
        boolean lostRows;

        Open(int at, SurveyRow begin) {
            this.at = at;
            this.begin = begin;
        }
    }

    private UnaskableRows() {}

    /**
     * With {@link UnaskableQuestions#LEAVE_OUT}, the survey without the rows Mittari cannot ask, every cell of the
     * survey and choices sheets that still refers to one of them refused; otherwise the survey as it is.
     */
    static Result apply(
            UnaskableQuestions choice,
            SheetTable survey,
            SheetTable choices,
            LocalizedColumns texts,
            ImportProblems problems) {
        if (choice == UnaskableQuestions.REFUSE) {
            return new Result(survey, Map.of());
        }
        Result result = leaveOut(survey, texts, problems);
        UnaskableReferences.refuse(result.survey(), result.byName(), problems);
        UnaskableReferences.refuse(choices, result.byName(), problems);
        return result;
    }

    private static Result leaveOut(SheetTable survey, LocalizedColumns texts, ImportProblems problems) {
        int typeColumn = survey.column("type").orElse(0);
        Map<String, LeftOut> byName = new LinkedHashMap<>();
        List<SheetTable.TableRow> kept = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (SheetTable.TableRow tableRow : survey.rows()) {
            SurveyRow row = new SurveyRow(survey, tableRow, texts, problems);
            String word = TypeSpellings.word(row);
            Optional<String> reason = RefusedTypes.unaskable(word);
            if (reason.isPresent()) {
                leave(row, cell(survey, row, typeColumn), reason.get(), byName);
                open.forEach(group -> group.lostRows = true);
            } else if (word.startsWith("begin ")) {
                open.push(new Open(kept.size(), row));
                kept.add(tableRow);
            } else if (word.startsWith("end ") && !open.isEmpty()) {
                Open group = open.pop();
                if (group.lostRows && kept.size() == group.at + 1) {
                    kept.remove(group.at);
                    String groupCell = cell(survey, group.begin, typeColumn);
                    leave(group.begin, groupCell, "every question in it is left out", byName);
                } else {
                    kept.add(tableRow);
                }
            } else {
                kept.add(tableRow);
            }
        }
        return new Result(survey.withRows(kept), byName);
    }

    private static void leave(SurveyRow row, String cell, String reason, Map<String, LeftOut> byName) {
        String name = row.value("name").strip();
        String word = TypeSpellings.word(row);
        String what = word.startsWith("begin ") ? word.split(" ")[1] : "question";
        row.warning("type", what + " '" + name + "' (" + cell + ") left out: " + reason);
        if (!name.isEmpty()) {
            byName.putIfAbsent(name, new LeftOut(name, cell, reason));
        }
    }

    private static String cell(SheetTable survey, SurveyRow row, int column) {
        return survey.name() + "!" + CellReference.convertNumToColString(column) + row.number();
    }
}
