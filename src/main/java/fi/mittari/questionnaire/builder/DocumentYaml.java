package fi.mittari.questionnaire.builder;

import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.SafeYamlParser;
import fi.mittari.yaml.YamlProblems;
import java.io.StringWriter;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A document's text: read into a node tree that keeps comments, within the safe parser's size and nesting limits, and
 * written back from the tree in the layout questionnaires are written in.
 */
final class DocumentYaml {

    private DocumentYaml() {}

    /** The document, or why it cannot be edited: the YAML reader's problem, or a top that is not a mapping. */
    static DocumentReading read(String yaml) {
        YamlProblems problems = new YamlProblems("questionnaire");
        Optional<Node> root = new SafeYamlParser().parseKeepingComments(yaml, problems);
        if (root.isEmpty()) {
            DefinitionProblem problem = problems.all().get(0);
            return new DocumentReading.Unreadable(problem.line(), problem.column(), problem.message());
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            return new DocumentReading.Unreadable(
                    root.get().getStartMark().getLine() + 1,
                    root.get().getStartMark().getColumn() + 1,
                    "a questionnaire is a mapping of fields (key: value), not a single value or a list");
        }
        return new DocumentReading.Read(new QuestionnaireDocument(mapping));
    }

    /** Two-space indents, list dashes indented under their field, no line ever folded. */
    static String write(MappingNode root) {
        DumperOptions options = new DumperOptions();
        options.setProcessComments(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        StringWriter text = new StringWriter();
        new Yaml(options).serialize(root, text);
        return text.toString();
    }
}
