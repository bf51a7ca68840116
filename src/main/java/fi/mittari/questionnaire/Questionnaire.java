package fi.mittari.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A questionnaire definition: its stable key, texts, the languages it offers and its questions in order. */
public record Questionnaire(
        String key,
        LocalizedText title,
        LocalizedText description,
        Language defaultLanguage,
        List<Language> languages,
        List<Question> questions,
        Map<String, QuestionRules> rules) {

    /** A questionnaire without conditions or constraints. */
    public Questionnaire(
            String key,
            LocalizedText title,
            LocalizedText description,
            Language defaultLanguage,
            List<Language> languages,
            List<Question> questions) {
        this(key, title, description, defaultLanguage, languages, questions, Map.of());
    }

    public Questionnaire {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        languages = List.copyOf(languages);
        questions = List.copyOf(questions);
        rules = Map.copyOf(rules);
    }

    /** When the question is shown and what its answer must satisfy; {@link QuestionRules#NONE} when unconditional. */
    public QuestionRules rulesOf(String questionKey) {
        return rules.getOrDefault(questionKey, QuestionRules.NONE);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public boolean offers(Language language) {
        return languages.contains(language);
    }
}
