package fi.mittari.indicator.definition;

import fi.mittari.yaml.YamlMapping;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A definition with where its code, measure and each breakdown were written, so that checks across files (duplicate
 * codes, ratios of unknown indicators, ratio cycles, ratio breakdowns its operands lack) can point at the line to fix.
 *
 * @param breakdowns where each of the definition's breakdowns was written, in the same order
 */
public record LocatedDefinition(
        IndicatorDefinition definition, Location code, Location measure, List<Location> breakdowns) {

    public LocatedDefinition {
        breakdowns = List.copyOf(breakdowns);
    }

    /** A place in the definition's file: 1-based line and column, and the path to the value. */
    public record Location(int line, int column, String path) {

        static Location of(Node node, String path) {
            return new Location(YamlMapping.line(node), node.getStartMark().getColumn() + 1, path);
        }
    }
}
