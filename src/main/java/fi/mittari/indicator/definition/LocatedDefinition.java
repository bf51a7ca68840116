package fi.mittari.indicator.definition;

import fi.mittari.yaml.YamlMapping;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A definition with where its code and measure were written, so that checks across files (duplicate codes, ratios
 * of unknown indicators, ratio cycles) can point at the line to fix.
 */
public record LocatedDefinition(IndicatorDefinition definition, Location code, Location measure) {

    /** A place in the definition's file: 1-based line and column, and the path to the value. */
    public record Location(int line, int column, String path) {

        static Location of(Node node, String path) {
            return new Location(YamlMapping.line(node), node.getStartMark().getColumn() + 1, path);
        }
    }
}
