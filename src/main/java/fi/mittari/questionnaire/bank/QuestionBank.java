package fi.mittari.questionnaire.bank;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.PageOutline;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionOutline;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bank's questions in their groups, in the order of the sources and of each source's pages. A question that names
 * a shared choice list of its questionnaire ({@code choices: grades}) is left out: the list would not come with it.
 */
public final class QuestionBank {

    /** Search words beyond this many are ignored; a word is at most this long. */
    static final int MAX_WORDS = 8;

    static final int MAX_WORD = 60;

    private final List<BankQuestion> questions;

    private QuestionBank(List<BankQuestion> questions) {
        this.questions = List.copyOf(questions);
    }

    /** A questionnaire text to take questions from; {@code name} names it in the questions' ids. */
    public record Source(String name, String yaml) {}

    public static QuestionBank of(List<Source> sources) {
        List<BankQuestion> all = new ArrayList<>();
        for (Source source : sources) {
            if (QuestionnaireDocument.read(source.yaml()) instanceof DocumentReading.Read read) {
                all.addAll(questionsOf(source, read.document()));
            }
        }
        return new QuestionBank(all);
    }

    private static List<BankQuestion> questionsOf(Source source, QuestionnaireDocument document) {
        List<BankQuestion> found = new ArrayList<>();
        Map<Language, String> title = document.text(new Place.Root(), "title");
        for (PageOutline page : document.outline()) {
            var group =
                    new BankGroup(source.name() + page.key().map(k -> "/" + k).orElse(""), groupTitle(title, page));
            for (QuestionOutline question : page.questions()) {
                boolean sharedList = document.scalar(question.at(), "choices").isPresent();
                Optional<String> yaml = QuestionSlice.of(source.yaml(), question.key());
                if (!sharedList && yaml.isPresent()) {
                    found.add(new BankQuestion(
                            source.name() + "/" + question.key(),
                            group,
                            question.key(),
                            question.type(),
                            question.label(),
                            yaml.get()));
                }
            }
        }
        return found;
    }

    /** "Questionnaire – Page" in each language the questionnaire's title has; the title alone without pages. */
    private static Map<Language, String> groupTitle(Map<Language, String> title, PageOutline page) {
        if (page.title().isEmpty()) {
            return title;
        }
        Map<Language, String> both = new LinkedHashMap<>();
        title.forEach((language, text) ->
                both.put(language, text + " – " + page.title().getOrDefault(language, "")));
        return both;
    }

    public List<BankQuestion> all() {
        return questions;
    }

    /** The questions that have every word of {@code query} (case does not matter); all of them for a blank query. */
    public List<BankQuestion> search(String query) {
        List<String> words = words(query);
        return questions.stream().filter(q -> q.matches(words)).toList();
    }

    public Optional<BankQuestion> byId(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                .map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w)
                .limit(MAX_WORDS)
                .toList();
    }
}
