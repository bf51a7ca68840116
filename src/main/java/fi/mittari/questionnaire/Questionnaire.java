package fi.mittari.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire definition: its stable key, texts, the languages it offers, its questions in order and the pages
 * they are on. {@code questions} is every question of every page, in order; {@code pages} holds their keys page by
 * page. A questionnaire written without pages has exactly one {@linkplain Page#implicit implicit} page.
 */
public record Questionnaire(
        String key,
        LocalizedText title,
        LocalizedText description,
        Language defaultLanguage,
        List<Language> languages,
        List<Question> questions,
        Map<String, QuestionRules> rules,
        List<Page> pages) {

    /** A questionnaire without pages: all its questions on one implicit page. */
    public Questionnaire(
            String key,
            LocalizedText title,
            LocalizedText description,
            Language defaultLanguage,
            List<Language> languages,
            List<Question> questions,
            Map<String, QuestionRules> rules) {
        this(key, title, description, defaultLanguage, languages, questions, rules, List.of());
    }

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
        pages = pages.isEmpty()
                ? List.of(Page.implicit(questions.stream().map(Question::key).toList()))
                : List.copyOf(pages);
        List<String> paged =
                pages.stream().flatMap(page -> page.questionKeys().stream()).toList();
        if (!paged.equals(questions.stream().map(Question::key).toList())) {
            throw new IllegalArgumentException("the pages must hold exactly the questions, in order: " + paged);
        }
    }

    /** Whether the questionnaire was written with pages (rather than one implicit page without a heading). */
    public boolean hasPages() {
        return !(pages.size() == 1 && pages.get(0).isImplicit());
    }

    /** The page a question is on; empty for a key the questionnaire does not have. */
    public Optional<Page> pageOf(String questionKey) {
        return pages.stream().filter(page -> page.holds(questionKey)).findFirst();
    }

    public Optional<Page> page(String pageKey) {
        return pages.stream().filter(page -> page.key().equals(pageKey)).findFirst();
    }

    /** The questions on {@code page}, in order. */
    public List<Question> questionsOn(Page page) {
        return page.questionKeys().stream().map(k -> question(k).orElseThrow()).toList();
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
