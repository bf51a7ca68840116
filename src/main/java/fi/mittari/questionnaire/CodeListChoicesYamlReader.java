package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code choicesFrom: region}: the choices of a single or multiple choice question are the entries of a code
 * list, valued by their codes and labelled with their names, so that answers and the context data share codes and the
 * list is kept in one place (ADR 0022). Retired entries come as retired choices: not offered, still named.
 */
final class CodeListChoicesYamlReader {

    static final String PROPERTY = "choicesFrom";

    private final CodeListSnapshot codeLists;
    private final YamlProblems problems;

    CodeListChoicesYamlReader(CodeListSnapshot codeLists, YamlProblems problems) {
        this.codeLists = codeLists;
        this.problems = problems;
    }

    List<Choice> read(YamlMapping question) {
        Optional<ScalarNode> named = question.scalar(PROPERTY, true);
        if (question.has("choices")) {
            problems.error(
                    question.entries().get("choices").getKeyNode(),
                    question.child("choices"),
                    "a question takes its choices either from choices or from " + PROPERTY + ", not both");
        }
        if (named.isEmpty()) {
            return List.of();
        }
        String list = named.get().getValue();
        Optional<List<ListedCode>> entries = codeLists.entries(list);
        if (entries.isEmpty()) {
            problems.error(named.get(), question.child(PROPERTY), unknown(list));
            return List.of();
        }
        boolean otherTakesItsPlace = offersOther(question);
        return entries.get().stream()
                // A list's own "other" entry is the question's "other, please specify" when it offers one: the same
                // code, with the written answer beside it, rather than two choices valued 'other'.
                .filter(entry -> !(otherTakesItsPlace && entry.code().equals(OtherChoice.VALUE)))
                // Codes are checked when entries are added; one that is no safe choice value cannot be offered.
                .filter(entry ->
                        ChoicesYamlReader.CHOICE_VALUE.matcher(entry.code()).matches())
                .map(entry -> new Choice(entry.code(), entry.name(), false, !entry.active()))
                .toList();
    }

    private String unknown(String list) {
        if (codeLists.names().isEmpty()) {
            return "no code list named '" + list + "': code lists are not available here";
        }
        return "no code list named '" + list + "'; the code lists are " + String.join(", ", codeLists.names());
    }

    private static boolean offersOther(YamlMapping question) {
        Optional<Node> other = question.value("other", false);
        return other.isPresent()
                && !(other.get() instanceof ScalarNode flag && flag.getValue().equals("false"));
    }
}
