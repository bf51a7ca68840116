package fi.mittari.yaml;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns untrusted text into a YAML node tree without constructing any Java objects, so every scalar stays the string
 * that was written. Syntax errors, aliases and oversized input become problems instead of exceptions.
 */
public final class SafeYamlParser {

    /** Far beyond any real definition file, small enough that an upload over the API cannot exhaust memory. */
    public static final int MAX_CODE_POINTS = 1_000_000;

    /** Lists and mappings inside each other; a questionnaire needs about six. */
    public static final int MAX_NESTING = 20;

    /** The document's root node; empty (with the problem reported) when there is no usable document. */
    public Optional<Node> parse(String text, YamlProblems problems) {
        return parse(text, problems, false);
    }

    /**
     * As {@link #parse}, with the comments kept on the nodes they stand beside, for a tree that is written back as text
     * (the questionnaire builder): a person's comments survive an edit made by clicking.
     */
    public Optional<Node> parseKeepingComments(String text, YamlProblems problems) {
        return parse(text, problems, true);
    }

    private Optional<Node> parse(String text, YamlProblems problems, boolean keepComments) {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            problems.errorAtStart(
                    "the file is too large; a definition file has at most " + MAX_CODE_POINTS + " characters");
            return Optional.empty();
        }
        try {
            // Aliases are refused outright: the format never needs them and they allow "billion laughs" expansion.
            // Nesting is counted here, as the events arrive, because SnakeYAML checks its own limit only when it
            // composes nodes: by then its scanner has gone through the whole text, which for a long run of '[' costs
            // time that grows with the square of the length (400 KB took 15 s).
            int depth = 0;
            for (Event event : yaml(keepComments).parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent) {
                    depth++;
                    if (depth > MAX_NESTING) {
                        problems.errorAt(
                                event.getStartMark(),
                                "not valid YAML for Mittari: nested deeper than " + MAX_NESTING
                                        + " levels of lists and mappings");
                        return Optional.empty();
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
                if (event instanceof AliasEvent) {
                    problems.errorAt(
                            event.getStartMark(),
                            "not valid YAML for Mittari: anchors and"
                                    + " aliases (&name, *name) are not allowed; write the content out in full");
                    return Optional.empty();
                }
            }
            Node root = yaml(keepComments).compose(new StringReader(text));
            if (root == null) {
                problems.errorAtStart("the file is empty");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            problems.errorAt(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(), describe(e));
        } catch (YAMLException e) {
            problems.errorAtStart("not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** SnakeYAML's own words, with the common mistakes of hand-written files explained. */
    private static String describe(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("\\t(TAB)")) {
            return "not valid YAML: a tab character; indent with spaces only";
        }
        if (problem.contains("but got ?") && String.valueOf(e.getContext()).contains("flow mapping")) {
            // The most common slip in Finnish labels: {fi: Löysitkö kumppaneita?} - a '?' ends a plain text early.
            return "not valid YAML: a text with a question mark inside { … } must be in quotes,"
                    + " like {fi: \"Löysitkö kumppaneita?\"}";
        }
        if (problem.contains("mapping values are not allowed here")) {
            return "not valid YAML: unexpected ': ' (mapping values are not allowed here); put quotes around a"
                    + " text that contains ': '";
        }
        if (String.valueOf(e.getContext()).contains("expected a single document")) {
            return "not valid YAML: the file holds more than one document (---); write one document per file";
        }
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        return "not valid YAML: " + problem + context;
    }

    private static Yaml yaml(boolean keepComments) {
        var options = new LoaderOptions();
        options.setProcessComments(keepComments);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowDuplicateKeys(true); // reported by YamlMapping with both lines instead of failing the parse
        return new Yaml(options);
    }
}
