/**
 * Strict reading of hand-written YAML files (questionnaires, indicator definitions): a parser that builds no Java
 * objects and refuses aliases, typed access to mappings with "did you mean" for unknown properties, and problems placed
 * at file, line, column and path. Plain Java on SnakeYAML's node tree; it knows no feature.
 */
package fi.mittari.yaml;
