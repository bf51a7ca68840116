package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code begin loop over LIST … end loop} into the rows it stands for, as pyxform does: the loop becomes a
 * group, and inside it each choice of the list (except one named {@code none}) gets a group of its own, labelled with
 * the choice's label and holding a copy of the loop's rows. In every cell of a copy {@code %(name)s} becomes the
 * choice's name and {@code %(label)s} its label in the column's language. ODK stores an answer at
 * {@code /loop/choice/question}; Mittari's keys are flat, so the copy's name is that path joined with '_'
 * ({@code loop_choice_question}), and a {@code ${question}} in the copy that names a row of the same loop points to the
 * same choice's copy. Expanded rows keep their sheet row numbers, so problems in them are reported at the loop's rows.
 */
final class LoopExpansion {

    private static final Pattern BEGIN =
            Pattern.compile("begin[\\s_]+loop\\s+over\\s+(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern END = Pattern.compile("end[\\s_]+loop", Pattern.CASE_INSENSITIVE);

    /** pyxform leaves out a choice named so: it is the "none of these" of a select_multiple on the same list. */
    private static final String NONE = "none";

    private final SheetTable survey;
    private final ChoiceListReader choices;
    private final LocalizedColumns texts;
    private final ImportProblems problems;
    private final ExpansionRows rows;
    private final int typeColumn;
    private final int nameColumn;

    private LoopExpansion(
            SheetTable survey, ChoiceListReader choices, LocalizedColumns texts, ImportProblems problems) {
        this.survey = survey;
        this.choices = choices;
        this.texts = texts;
        this.problems = problems;
        this.rows = new ExpansionRows(survey);
        this.typeColumn = rows.typeColumn();
        this.nameColumn = rows.nameColumn();
    }

    /** The survey with every loop expanded; the same table when it has none. */
    static SheetTable expand(
            SheetTable survey, ChoiceListReader choices, LocalizedColumns texts, ImportProblems problems) {
        var expansion = new LoopExpansion(survey, choices, texts, problems);
        return survey.withRows(expansion.expand(survey.rows()));
    }

    private List<SheetTable.TableRow> expand(List<SheetTable.TableRow> rows) {
        List<SheetTable.TableRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SheetTable.TableRow row = rows.get(i);
            String type = row.get(typeColumn).strip();
            Matcher begin = BEGIN.matcher(type);
            if (begin.matches()) {
                int end = matchingEnd(rows, i);
                List<SheetTable.TableRow> body = expand(rows.subList(i + 1, Math.min(end, rows.size())));
                out.addAll(loop(row, begin.group(1), body, end < rows.size() ? rows.get(end) : row));
                i = end;
            } else if (END.matcher(type).matches()) {
                problems.error(
                        survey.name(), row.number(), typeColumn, "'end loop' without a 'begin loop over' before it");
            } else {
                out.add(row);
            }
        }
        return out;
    }

    /** The index of the row that closes the loop beginning at {@code begin}, or the row count when none does. */
    private int matchingEnd(List<SheetTable.TableRow> rows, int begin) {
        int depth = 0;
        for (int i = begin; i < rows.size(); i++) {
            String type = rows.get(i).get(typeColumn).strip();
            if (BEGIN.matcher(type).matches()) {
                depth++;
            } else if (END.matcher(type).matches() && --depth == 0) {
                return i;
            }
        }
        problems.error(
                survey.name(),
                rows.get(begin).number(),
                typeColumn,
                "this loop has no 'end loop'; it is closed at the end of the sheet");
        return rows.size();
    }

    private List<SheetTable.TableRow> loop(
            SheetTable.TableRow loopRow, String listName, List<SheetTable.TableRow> body, SheetTable.TableRow endRow) {
        List<Map<String, Object>> list = choices.lists().get(listName);
        if (list == null) {
            problems.error(
                    survey.name(),
                    loopRow.number(),
                    typeColumn,
                    "'" + loopRow.get(typeColumn).strip() + "' loops over choice list '" + listName
                            + "', which is not in the choices sheet");
            return List.of();
        }
        String loopName = loopRow.get(nameColumn).strip();
        Set<String> bodyNames = rows.names(body);
        List<SheetTable.TableRow> out = new ArrayList<>();
        // pyxform drops a loop's own group when it has no name, keeping the choices' groups
        if (!loopName.isEmpty()) {
            out.add(rows.withType(loopRow, "begin group"));
        }
        List<String> names = choices.names(listName);
        for (int c = 0; c < list.size(); c++) {
            String choiceName = names.get(c);
            if (choiceName.equals(NONE)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> labels = (Map<String, Object>) list.get(c).get("label");
            String prefix = loopName.isEmpty() ? choiceName : loopName + "_" + choiceName;
            out.add(choiceGroup(loopRow, prefix, labels));
            for (SheetTable.TableRow row : body) {
                out.add(copy(row, prefix, choiceName, labels, bodyNames));
            }
            out.add(rows.endGroup(endRow));
        }
        if (!loopName.isEmpty()) {
            out.add(rows.endGroup(endRow));
        }
        return out;
    }

    private SheetTable.TableRow choiceGroup(SheetTable.TableRow loopRow, String name, Map<String, Object> labels) {
        List<String> cells = rows.blankCells();
        cells.set(typeColumn, "begin group");
        rows.setName(cells, name);
        for (int c = 0; c < cells.size(); c++) {
            String header = survey.headers().get(c);
            if (header.equals("label") || header.startsWith("label::")) {
                cells.set(c, label(c, labels));
            }
        }
        return new SheetTable.TableRow(loopRow.number(), cells);
    }

    private SheetTable.TableRow copy(
            SheetTable.TableRow row,
            String prefix,
            String choiceName,
            Map<String, Object> labels,
            Set<String> bodyNames) {
        return rows.copy(row, prefix, bodyNames, (column, cell) -> cell.replace("%(name)s", choiceName)
                .replace("%(label)s", label(column, labels)));
    }

    /** The choice's label in the language of the survey column, else in any language it has. */
    private String label(int column, Map<String, Object> labels) {
        Optional<Language> language = texts.languageOf(column);
        Object text = language.map(l -> labels.get(l.code())).orElse(null);
        if (text == null) {
            text = labels.values().iterator().next();
        }
        return text.toString();
    }
}
