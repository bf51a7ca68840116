package fi.mittari.privacy;

import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MatrixItems;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionKinds;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.response.RemovableResponses;
import fi.mittari.response.StoredAnswer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's answers for their right of access (GDPR art. 15): all and only the responses the request names, each
 * answer with its question's words in the respondent's language. Nothing is changed; the export is audited.
 */
@Singleton
public class ExportingPersonsAnswers {

    private final PersonsResponses finding;
    private final QuestionnaireCatalog questionnaires;
    private final RemovableResponses responses;
    private final PrivacyAudit audit;

    ExportingPersonsAnswers(
            PersonsResponses finding,
            QuestionnaireCatalog questionnaires,
            RemovableResponses responses,
            PrivacyAudit audit) {
        this.finding = finding;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.audit = audit;
    }

    public List<AccessRow> export(PersonRequest request, String by) {
        List<AccessRow> rows = new ArrayList<>();
        List<PersonsResponses.Found> found = finding.find(request);
        for (PersonsResponses.Found response : found) {
            StoredQuestionnaire stored = questionnaires
                    .version(response.questionnaireVersionId())
                    .orElseThrow(() -> new IllegalStateException("no version " + response.questionnaireVersionId()));
            Language language = Language.fromCode(response.language()).orElse(Language.FI);
            for (StoredAnswer answer : responses.answers(response.response())) {
                String key = answer.questionKey().orElseThrow();
                rows.add(row(
                        response,
                        stored,
                        language,
                        key,
                        value(key, answer, stored, language),
                        response.response().consentSha256()));
            }
        }
        audit.accessExported(by, found.isEmpty() ? "-" : found.get(0).campaignSlug(), rows.size());
        return rows;
    }

    private static AccessRow row(
            PersonsResponses.Found response,
            StoredQuestionnaire stored,
            Language language,
            String key,
            String answer,
            Optional<String> consent) {
        Questionnaire questionnaire = stored.questionnaire();
        Optional<Question> question = question(questionnaire, key);
        boolean isConsent = question.filter(QuestionKinds::consent).isPresent();
        return new AccessRow(
                response.campaignSlug(),
                stored.versionNumber(),
                language.code(),
                response.submittedOn().toString(),
                key,
                question.map(q -> label(q, key, language)).orElse(key),
                isConsent ? question.get().label().in(language, questionnaire.defaultLanguage()) : answer,
                isConsent ? consent.orElse("") : "");
    }

    private static Optional<Question> question(Questionnaire questionnaire, String key) {
        Optional<Question> direct = questionnaire.question(key);
        if (direct.isPresent() || key.indexOf('.') < 0) {
            return direct;
        }
        return questionnaire.question(key.substring(0, key.indexOf('.'))); // a matrix item or an "other" text
    }

    private static String label(Question question, String key, Language language) {
        String label = text(question.label(), language);
        if (key.contains(".")) {
            String part = key.substring(key.indexOf('.') + 1);
            return MatrixItems.of(question).stream()
                    .filter(item -> item.key().equals(part))
                    .findFirst()
                    .map(item -> label + " – " + text(item.label(), language))
                    .orElse(label);
        }
        return label;
    }

    private String value(String key, StoredAnswer answer, StoredQuestionnaire stored, Language language) {
        String choice = answer.choice().orElse(null);
        BigDecimal number = answer.number().orElse(null);
        String text = answer.text().orElse(null);
        LocalDate day = answer.date().orElse(null);
        if (choice != null) {
            String shown = question(stored.questionnaire(), key)
                    .flatMap(q -> choices(q).stream()
                            .filter(c -> c.value().equals(choice))
                            .findFirst())
                    .map(c -> text(c.label(), language))
                    .orElse(choice);
            return text == null ? shown : shown + ": " + text;
        }
        if (number != null) {
            return number.stripTrailingZeros().toPlainString();
        }
        return day != null ? day.toString() : text == null ? "" : text;
    }

    /** The choices an answer is named by: "other" only when a single choice offers it. */
    private static List<Choice> choices(Question question) {
        return question.accept(NAMED_CHOICES);
    }

    private static final QuestionVisitor<List<Choice>> NAMED_CHOICES = new QuestionVisitor<List<Choice>>() {
        @Override
        public List<Choice> visitSingleChoice(SingleChoiceQuestion single) {
            return single.allChoices();
        }

        @Override
        public List<Choice> visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return multiple.choices();
        }

        @Override
        public List<Choice> visitRating(RatingQuestion rating) {
            return List.of();
        }

        @Override
        public List<Choice> visitText(TextQuestion text) {
            return List.of();
        }

        @Override
        public List<Choice> visitYesNo(YesNoQuestion yesNo) {
            return yesNo.singleAnswerChoices();
        }

        @Override
        public List<Choice> visitNumber(NumberQuestion number) {
            return List.of();
        }

        @Override
        public List<Choice> visitDate(DateQuestion date) {
            return List.of();
        }

        @Override
        public List<Choice> visitTime(TimeQuestion time) {
            return List.of();
        }

        @Override
        public List<Choice> visitDateTime(DateTimeQuestion dateTime) {
            return List.of();
        }

        @Override
        public List<Choice> visitConsent(ConsentQuestion consent) {
            return List.of();
        }

        @Override
        public List<Choice> visitDisplayText(DisplayText note) {
            return List.of();
        }

        @Override
        public List<Choice> visitLikert(LikertQuestion likert) {
            return likert.singleAnswerChoices();
        }

        @Override
        public List<Choice> visitMatrix(MatrixQuestion matrix) {
            return matrix.choices();
        }

        @Override
        public List<Choice> visitRanking(RankingQuestion ranking) {
            return ranking.choices();
        }

        @Override
        public List<Choice> visitCalculate(CalculateQuestion calculate) {
            return List.of();
        }
    };

    private static String text(LocalizedText text, Language language) {
        return text.get(language)
                .orElseGet(() -> text.texts().values().stream().findFirst().orElse(""));
    }
}
