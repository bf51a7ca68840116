package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Expands {@code begin repeat … end repeat} into numbered instances, each a group of copies of the repeat's rows, as
 * loops are expanded ({@link LoopExpansion}): instance i of repeat {@code member} is the group {@code member_i}
 * labelled with the repeat's label and its number, and a copy's name is {@code member_i_name}, where ODK stores the
 * answer at {@code /member[i]/name}. In a copy {@code ${name}} of a row of the same repeat points to the same
 * instance's copy and {@code position(..)} is the instance's number. How many instances there are and when each is
 * shown is the repeat's {@link RepeatCount}; without a count a yes/no question after each instance asks for another.
 * Expanded rows keep their sheet row numbers, so problems in them are reported at the repeat's rows.
 */
final class RepeatExpansion {

    /** The type of the question that asks for another instance: a yes/no, which XLSForm has no type for. */
    static final String ADD_ANOTHER_TYPE = "mittari_yes_no";

    private static final Pattern BEGIN = Pattern.compile("begin[\\s_]+repeat", Pattern.CASE_INSENSITIVE);
    private static final Pattern END = Pattern.compile("end[\\s_]+repeat", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITION = Pattern.compile("position\\(\\s*\\.\\.\\s*\\)");

    /** Rows {@code begin} to {@code end} of the sheet, a repeat when it could be read. */
    private record Span(int begin, int end, Optional<RepeatBlock> repeat) {}

    private final SheetTable survey;
    private final LocalizedColumns texts;
    private final ImportProblems problems;
    private final ExpansionRows rows;
    private final RepeatCounts counts;

    private RepeatExpansion(SheetTable survey, LocalizedColumns texts, ImportProblems problems) {
        this.survey = survey;
        this.texts = texts;
        this.problems = problems;
        this.rows = new ExpansionRows(survey);
        this.counts = new RepeatCounts(survey, problems);
    }

    /** The survey with every repeat expanded; the same table when it has none. */
    static SheetTable expand(SheetTable survey, LocalizedColumns texts, ImportProblems problems) {
        ExpansionRows plain = new ExpansionRows(survey);
        boolean repeats = survey.rows().stream().anyMatch(row -> isRepeat(plain.type(row)));
        if (!repeats) {
            return survey;
        }
        // an instance's condition is written to the relevant column, which a sheet may not have
        SheetTable wide = survey.withColumn("relevant");
        return wide.withRows(new RepeatExpansion(wide, texts, problems).expand());
    }

    private static boolean isRepeat(String type) {
        return BEGIN.matcher(type).matches() || END.matcher(type).matches();
    }

    private List<SheetTable.TableRow> expand() {
        List<SheetTable.TableRow> all = survey.rows();
        List<Span> spans = spans(all);
        List<RepeatBlock> blocks =
                spans.stream().flatMap(span -> span.repeat().stream()).toList();
        Set<String> outsideNames = new HashSet<>();
        forEachOutside(all, spans, row -> outsideNames.add(rows.name(row)));
        var references = new RepeatReferences(survey, problems, blocks, outsideNames);
        List<SheetTable.TableRow> out = new ArrayList<>();
        int next = 0;
        for (Span span : spans) {
            all.subList(next, span.begin()).forEach(row -> out.add(references.translated(row, Optional.empty())));
            span.repeat()
                    .ifPresent(repeat ->
                            out.addAll(instances(all.get(span.begin()), repeat, references, all.get(span.end()))));
            next = span.end() + 1;
        }
        all.subList(next, all.size()).forEach(row -> out.add(references.translated(row, Optional.empty())));
        return out;
    }

    private static void forEachOutside(
            List<SheetTable.TableRow> all, List<Span> spans, java.util.function.Consumer<SheetTable.TableRow> action) {
        int next = 0;
        for (Span span : spans) {
            all.subList(next, span.begin()).forEach(action);
            next = span.end() + 1;
        }
        all.subList(next, all.size()).forEach(action);
    }

    /** The repeats of the sheet; an unclosed one and a stray end are reported and span only their own row. */
    private List<Span> spans(List<SheetTable.TableRow> all) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String type = rows.type(all.get(i));
            if (BEGIN.matcher(type).matches()) {
                int end = matchingEnd(all, i);
                spans.add(end < 0 ? new Span(i, i, Optional.empty()) : new Span(i, end, block(all, i, end)));
                i = Math.max(i, end);
            } else if (END.matcher(type).matches()) {
                error(all.get(i), rows.typeColumn(), "'end repeat' without a 'begin repeat' before it");
                spans.add(new Span(i, i, Optional.empty()));
            }
        }
        return spans;
    }

    /** The index of the row that closes the repeat at {@code begin}; -1, reported, when none does. */
    private int matchingEnd(List<SheetTable.TableRow> all, int begin) {
        int depth = 0;
        for (int i = begin; i < all.size(); i++) {
            String type = rows.type(all.get(i));
            if (BEGIN.matcher(type).matches() && ++depth == 2) {
                error(
                        all.get(i),
                        rows.typeColumn(),
                        "a repeat inside a repeat is not supported: Mittari writes each"
                                + " instance's questions into the form, so nested instances would multiply them; ask the inner"
                                + " questions in a repeat of their own after this one");
            } else if (END.matcher(type).matches() && --depth == 0) {
                return i;
            }
        }
        error(all.get(begin), rows.typeColumn(), "this repeat has no 'end repeat'; its rows are read as if outside it");
        return -1;
    }

    private Optional<RepeatBlock> block(List<SheetTable.TableRow> all, int begin, int end) {
        SheetTable.TableRow row = all.get(begin);
        List<SheetTable.TableRow> body = all.subList(begin + 1, end);
        if (body.stream().anyMatch(inner -> isRepeat(rows.type(inner)))) {
            return Optional.empty(); // the nested repeat is reported at its row
        }
        if (rows.name(row).isEmpty()) {
            error(
                    row,
                    rows.nameColumn(),
                    "a repeat needs a name: the keys of its instances' questions are made from" + " it");
            return Optional.empty();
        }
        return counts.read(row, all).map(count -> new RepeatBlock(rows.name(row), body, rows.names(body), count));
    }

    private List<SheetTable.TableRow> instances(
            SheetTable.TableRow repeatRow,
            RepeatBlock repeat,
            RepeatReferences references,
            SheetTable.TableRow endRow) {
        List<SheetTable.TableRow> body = repeat.body().stream()
                .map(row -> references.translated(row, Optional.of(repeat)))
                .toList();
        List<SheetTable.TableRow> out = new ArrayList<>();
        int instances = repeat.count().instances();
        for (int i = 1; i <= instances; i++) {
            String prefix = repeat.name() + "_" + i;
            String position = String.valueOf(i);
            out.add(instanceGroup(repeatRow, repeat, i));
            body.forEach(
                    row -> out.add(rows.copy(row, prefix, repeat.bodyNames(), (column, cell) -> POSITION.matcher(cell)
                            .replaceAll(position))));
            if (repeat.count() instanceof RepeatCount.OnRequest && i < instances) {
                out.add(addAnother(repeatRow, repeat, i, endRow));
            }
            out.add(rows.endGroup(endRow));
        }
        return out;
    }

    private SheetTable.TableRow instanceGroup(SheetTable.TableRow repeatRow, RepeatBlock repeat, int instance) {
        List<String> cells =
                new ArrayList<>(rows.withType(repeatRow, "begin group").cells());
        rows.setName(cells, repeat.name() + "_" + instance);
        for (int c : labelColumns()) {
            cells.set(c, RepeatWording.instanceLabel(cells.get(c), instance));
        }
        if (counts.column() >= 0) {
            cells.set(counts.column(), "");
        }
        int relevant = survey.column("relevant").orElseThrow();
        String own = cells.get(relevant).strip();
        Optional<String> condition = repeat.count().condition(instance, repeat.name());
        cells.set(
                relevant,
                condition
                        .map(shown -> own.isEmpty() ? shown : "(" + own + ") and " + shown)
                        .orElse(own));
        return new SheetTable.TableRow(repeatRow.number(), cells);
    }

    private SheetTable.TableRow addAnother(
            SheetTable.TableRow repeatRow, RepeatBlock repeat, int instance, SheetTable.TableRow endRow) {
        List<String> cells = rows.blankCells();
        cells.set(rows.typeColumn(), ADD_ANOTHER_TYPE);
        rows.setName(cells, RepeatCount.OnRequest.addAnotherName(repeat.name(), instance));
        for (int c : labelColumns()) {
            Optional<Language> language = texts.languageOf(c);
            if (language.isPresent()) {
                cells.set(c, RepeatWording.addAnother(language.get(), repeatRow.get(c)));
            }
        }
        return new SheetTable.TableRow(endRow.number(), cells);
    }

    private List<Integer> labelColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < survey.headers().size(); c++) {
            String header = survey.headers().get(c);
            if (header.equals("label") || header.startsWith("label::")) {
                columns.add(c);
            }
        }
        return columns;
    }

    private void error(SheetTable.TableRow row, int column, String message) {
        problems.error(survey.name(), row.number(), column, message);
    }
}
