package fi.mittari.indicator.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which question keys carry which concept, per questionnaire version. Definitions name concepts; answers are stored
 * under question keys, which may differ between questionnaires and versions, so every answer condition becomes "one of
 * these keys in one of these versions".
 */
record ConceptKeys(Map<Long, Map<String, Set<String>>> byVersion) {

    ConceptKeys {
        byVersion = Map.copyOf(byVersion);
    }

    /** A condition on answer {@code alias} of response {@code r}: it answers {@code concept}. "1 = 0" if none asks it. */
    String condition(String alias, String concept, SqlParams params) {
        return condition(alias, "r", concept, params);
    }

    /** The same for an answer of the response aliased {@code response}. */
    String condition(String alias, String response, String concept, SqlParams params) {
        Map<Set<String>, List<Long>> versionsByKeys =
                new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        new TreeMap<>(byVersion).forEach((version, concepts) -> {
            Set<String> keys = concepts.get(concept);
            if (keys != null && !keys.isEmpty()) {
                versionsByKeys
                        .computeIfAbsent(new TreeSet<>(keys), k -> new ArrayList<>())
                        .add(version);
            }
        });
        if (versionsByKeys.isEmpty()) {
            return "1 = 0";
        }
        List<String> alternatives = new ArrayList<>();
        versionsByKeys.forEach((keys, versions) -> alternatives.add("(" + alias + ".question_key IN ("
                + params.bind(List.copyOf(keys)) + ") AND " + response + ".questionnaire_version_id IN ("
                + params.bind(versions)
                + "))"));
        return "(" + String.join(" OR ", alternatives) + ")";
    }
}
