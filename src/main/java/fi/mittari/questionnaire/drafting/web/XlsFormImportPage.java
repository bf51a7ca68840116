package fi.mittari.questionnaire.drafting.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The XLSForm import form as shown: the key as typed, whether questions Mittari cannot ask are left out, the fields
 * refused ({@code field} is the input's id), and when the workbook itself was refused, every problem at its cell;
 * {@code offer} when leaving those questions out would let it import, the workbook being kept for that. A public
 * record for Thymeleaf.
 */
public record XlsFormImportPage(
        String key,
        boolean leaveOut,
        List<FieldProblem> fieldProblems,
        List<CellProblem> problems,
        @Nullable Offer offer) {

    static XlsFormImportPage empty() {
        return new XlsFormImportPage("", false, List.of(), List.of(), null);
    }

    /** Whether importing the kept workbook without the questions Mittari cannot ask is offered. */
    public boolean offerLeaveOut() {
        return offer != null;
    }

    public boolean refused() {
        return !fieldProblems.isEmpty() || !problems.isEmpty();
    }

    public List<CellProblem> errors() {
        return problems.stream().filter(CellProblem::error).toList();
    }

    public List<CellProblem> warnings() {
        return problems.stream().filter(p -> !p.error()).toList();
    }

    /**
     * The cell the problems' introduction explains the notation with: the first one listed, so the example is one the
     * reader sees right below it.
     */
    public String exampleCell() {
        return errors().stream()
                .map(CellProblem::cell)
                .filter(cell -> cell.indexOf('!') > 0)
                .findFirst()
                .orElse("survey!A2");
    }

    /** The problem of the input {@code field}, or null. */
    public @Nullable FieldProblem problemOf(String field) {
        return fieldProblems.stream()
                .filter(p -> p.field().equals(field))
                .findFirst()
                .orElse(null);
    }

    /** A refused field: the input's id and the text, in the staff's language. */
    public record FieldProblem(String field, String text) {}

    /** A problem of the workbook at its cell ("survey!B7"), in the staff's language, and whether it stops the import. */
    public record CellProblem(String cell, String text, boolean error) {}

    /** The refused workbook kept to import without those questions: the token its button posts, the file's name. */
    public record Offer(String token, String fileName) {}

    /** What was imported: the new questionnaire's key, the builder's address and the importer's warnings. */
    public record Imported(String key, String builder, List<CellProblem> warnings) {}
}
