package fi.mittari.response;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** How many stored answers each question and choice of a questionnaire has, across all its versions. */
@Singleton
public class StoredAnswerCounts {

    private static final String COUNT_BY_QUESTION_AND_CHOICE =
            """
            SELECT a.question_key, a.choice_value, COUNT(*) AS answers
              FROM answer a
              JOIN response r ON r.id = a.response_id
              JOIN questionnaire_version v ON v.id = r.questionnaire_version_id
             WHERE v.questionnaire_key = :questionnaireKey
             GROUP BY a.question_key, a.choice_value
            """;

    private final NamedParameterJdbcTemplate jdbc;

    StoredAnswerCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers per question key, and per "key\u0000choice" for choice answers. */
    public Counts of(String questionnaireKey) {
        Map<String, Long> byQuestion = new HashMap<>();
        Map<String, Long> byChoice = new HashMap<>();
        jdbc.query(
                COUNT_BY_QUESTION_AND_CHOICE, new MapSqlParameterSource("questionnaireKey", questionnaireKey), row -> {
                    String question = row.getString("question_key");
                    String choice = row.getString("choice_value");
                    long answers = row.getLong("answers");
                    byQuestion.merge(question, answers, Long::sum);
                    if (choice != null) {
                        byChoice.put(question + '\u0000' + choice, answers);
                    }
                });
        return new Counts(byQuestion, byChoice);
    }

    /** Stored answer counts; a multiple-choice answer counts once per ticked choice. */
    public record Counts(Map<String, Long> byQuestion, Map<String, Long> byChoice) {

        /** A matrix's answers are stored per item ("matrix.item"), so they count towards the matrix too. */
        public long question(String questionKey) {
            return byQuestion.entrySet().stream()
                    .filter(e -> e.getKey().equals(questionKey) || e.getKey().startsWith(questionKey + "."))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        public long choice(String questionKey, String choiceValue) {
            String ofItem = questionKey + ".";
            String suffix = "\u0000" + choiceValue;
            return byChoice.entrySet().stream()
                    .filter(e -> e.getKey().equals(questionKey + suffix)
                            || (e.getKey().startsWith(ofItem) && e.getKey().endsWith(suffix)))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }
}
