package fi.mittari.questionnaire;

import java.util.List;
import java.util.Optional;

/** A questionnaire definition: its stable key, texts, languages and questions in order. */
public record Questionnaire(
        String key, LocalizedText title, LocalizedText description, Language defaultLanguage,
        List<Language> languages, List<Question> questions) {

    public Questionnaire {
        languages = List.copyOf(languages);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public boolean offers(Language language) {
        return languages.contains(language);
    }
}
