package fi.mittari.response.web;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/**
 * Why a draft cannot be previewed: its errors (warnings do not stop a preview), each linked to its line in the
 * editor, where it is shown again beside the text.
 */
public record PreviewProblems(String key, String editorHref, List<Problem> problems) {

    static PreviewProblems of(String key, DefinitionResult read) {
        String editor = "/staff/questionnaires/" + key + "/edit";
        List<Problem> errors = read.problems().stream()
                .filter(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .map(p -> new Problem(p.line(), p.column(), p.path(), p.message(), editor + "#line-" + p.line()))
                .toList();
        return new PreviewProblems(key, editor, errors);
    }

    public int count() {
        return problems.size();
    }

    /** One error at {@code line} and {@code column}; {@code path} names the field ("" when the text is not YAML). */
    public record Problem(int line, int column, String path, String message, String href) {}
}
