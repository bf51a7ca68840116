package fi.mittari.questionnaire.xlsform;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of converting an XLSForm workbook: Mittari questionnaire YAML and every row that did not map cleanly.
 * The YAML is not validated here; read it with {@code QuestionnaireYamlReader} so that the format's rules live in one
 * place. Problems point at workbook cells: {@code line} is the Excel row, {@code column} the 1-based column and
 * {@code path} the cell, such as {@code survey!B7}.
 */
public record XlsFormImport(String yaml, List<DefinitionProblem> problems, SurveyCells cells) {

    public XlsFormImport {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(cells, "cells");
        problems = List.copyOf(problems);
    }

    /** A conversion that produced no rows to point back at (an unreadable workbook, no survey sheet). */
    XlsFormImport(String yaml, List<DefinitionProblem> problems) {
        this(yaml, problems, SurveyCells.NONE);
    }

    /**
     * The problems the questionnaire reader found in {@link #yaml()}, each placed at the survey cell it came from
     * ({@code survey!H9}) with its YAML path kept in the message.
     */
    public List<DefinitionProblem> atCells(List<DefinitionProblem> yamlProblems) {
        return cells.locate(yaml, yamlProblems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR);
    }
}
