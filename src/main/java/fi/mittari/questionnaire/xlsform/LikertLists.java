package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a Likert scale in a choice list: values exactly 1 to N with N from 3 to 11. Labels that are only the
 * numbers again (what the exporter writes for a scale without words) are no labels.
 */
final class LikertLists {

    static final String RANGE = "3 to 11";
    private static final int FEWEST = 3;
    private static final int MOST = 11;

    private LikertLists() {}

    /** The likert properties (points and, when the points have words, labels), or empty when it is no such list. */
    static Optional<Map<String, Object>> scale(List<Map<String, Object>> choices) {
        if (choices.size() < FEWEST || choices.size() > MOST) {
            return Optional.empty();
        }
        List<Object> labels = new ArrayList<>();
        boolean onlyNumbers = true;
        for (int i = 0; i < choices.size(); i++) {
            String point = String.valueOf(i + 1);
            if (!point.equals(choices.get(i).get("value"))) {
                return Optional.empty();
            }
            Object label = choices.get(i).get("label");
            labels.add(label);
            onlyNumbers &=
                    label instanceof Map<?, ?> texts && texts.values().stream().allMatch(point::equals);
        }
        Map<String, Object> scale = new LinkedHashMap<>();
        scale.put("points", choices.size());
        if (!onlyNumbers) {
            scale.put("labels", labels);
        }
        return Optional.of(scale);
    }
}
