package fi.mittari.response.persistence;

import fi.mittari.questionnaire.AnswerCounting;
import fi.mittari.questionnaire.AnswerTally;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Counts stored answers per question and choice in SQL, for reviewing questionnaire changes (the response feature answering the questionnaire feature's {@link AnswerCounting}). */
@Singleton
class StoredAnswerCounts implements AnswerCounting {

    private static final String COUNT_BY_QUESTION_AND_CHOICE =
            """
            SELECT a.question_key, a.choice_value, COUNT(*) AS answers
              FROM answer a
              JOIN response r ON r.id = a.response_id
              JOIN questionnaire_version v ON v.id = r.questionnaire_version_id
             WHERE v.questionnaire_key = :questionnaireKey
             GROUP BY a.question_key, a.choice_value
            """;

    private static final String RESPONSES_PER_QUESTIONNAIRE =
            """
            SELECT v.questionnaire_key, COUNT(*) AS responses
              FROM response r
              JOIN questionnaire_version v ON v.id = r.questionnaire_version_id
             GROUP BY v.questionnaire_key
            """;

    private final NamedParameterJdbcTemplate jdbc;

    StoredAnswerCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers per question key, and per question and choice for choice answers. */
    @Override
    public AnswerTally tally(String questionnaireKey) {
        Map<String, Long> byQuestion = new HashMap<>();
        Map<String, Long> byChoice = new HashMap<>();
        jdbc.query(
                COUNT_BY_QUESTION_AND_CHOICE, new MapSqlParameterSource("questionnaireKey", questionnaireKey), row -> {
                    String question = row.getString("question_key");
                    String choice = row.getString("choice_value");
                    long answers = row.getLong("answers");
                    byQuestion.merge(question, answers, Long::sum);
                    if (choice != null) {
                        byChoice.put(AnswerTally.choiceKey(question, choice), answers);
                    }
                });
        return new AnswerTally(byQuestion, byChoice);
    }

    @Override
    public Map<String, Long> responsesPerQuestionnaire() {
        Map<String, Long> responses = new HashMap<>();
        jdbc.query(RESPONSES_PER_QUESTIONNAIRE, row -> {
            responses.put(row.getString("questionnaire_key"), row.getLong("responses"));
        });
        return responses;
    }
}
