package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A questionnaire definition: its stable key, texts, the languages it offers and its questions in order. */
public record Questionnaire(
        String key,
        LocalizedText title,
        LocalizedText description,
        Language defaultLanguage,
        List<Language> languages,
        List<Question> questions) {

    public Questionnaire {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
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
