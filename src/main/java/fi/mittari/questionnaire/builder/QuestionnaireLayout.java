package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.AnswerTypes;
import fi.mittari.questionnaire.CalculateQuestion;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.CodeListSnapshot;
import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.DateQuestion;
import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DisplayText;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.ListedCode;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionVisitor;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.RankingQuestion;
import fi.mittari.questionnaire.RatingQuestion;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.TextQuestion;
import fi.mittari.questionnaire.TimeQuestion;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.questionnaire.builder.PickerQuestion.PickerChoice;
import fi.mittari.questionnaire.expression.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages and questions of a questionnaire in order, as pickers and plain messages need them: keys, labels, titles
 * and choices by position. A questionnaire without pages has one page (0) without key or title.
 */
public record QuestionnaireLayout(List<LaidPage> pages) {

    public QuestionnaireLayout {
        pages = List.copyOf(pages);
    }

    /** A page: its key ("" when unpaged or not written yet), title and questions, each with its page index. */
    public record LaidPage(String key, Map<Language, String> title, List<PickerQuestion> questions) {
        public LaidPage {
            title = Map.copyOf(title);
            questions = List.copyOf(questions);
        }
    }

    /** Every question of every page, in order. */
    public List<PickerQuestion> questions() {
        return pages.stream().flatMap(p -> p.questions().stream()).toList();
    }

    public Optional<LaidPage> page(int page) {
        return page >= 0 && page < pages.size() ? Optional.of(pages.get(page)) : Optional.empty();
    }

    public Optional<PickerQuestion> question(int page, int index) {
        return page(page)
                .filter(p -> index >= 0 && index < p.questions().size())
                .map(p -> p.questions().get(index));
    }

    /** Where the question {@code key} stands: {page, index}. */
    public Optional<int[]> place(String key) {
        for (int p = 0; p < pages.size(); p++) {
            List<PickerQuestion> questions = pages.get(p).questions();
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).key().equals(key)) {
                    return Optional.of(new int[] {p, i});
                }
            }
        }
        return Optional.empty();
    }

    /** The layout of a questionnaire the reader accepted. */
    public static QuestionnaireLayout of(Questionnaire questionnaire) {
        List<LaidPage> pages = new ArrayList<>();
        List<Page> written = questionnaire.pages();
        Map<String, ValueType> types = AnswerTypes.of(questionnaire.questions());
        for (int p = 0; p < written.size(); p++) {
            Page page = written.get(p);
            int index = p;
            List<PickerQuestion> questions = questionnaire.questionsOn(page).stream()
                    .map(q -> question(q, index, types))
                    .toList();
            pages.add(new LaidPage(
                    page.isImplicit() ? "" : page.key(), page.title().texts(), questions));
        }
        return new QuestionnaireLayout(pages);
    }

    /**
     * The layout of a document being edited, which the reader may still refuse: positions, keys and labels as
     * written. A question naming a shared list ({@code choices: name}) offers that list's choices, one taking its
     * choices from a code list ({@code choicesFrom: region}) the list's entries still offered, as respondents see them.
     * A calculation's value is typed as the reader types it, from the questions as written.
     */
    public static QuestionnaireLayout of(QuestionnaireDocument document, CodeListSnapshot codeLists) {
        List<LaidPage> pages = new ArrayList<>();
        List<PageOutline> outline = document.outline();
        Map<String, ValueType> types = DocumentAnswerTypes.types(document, outline);
        for (PageOutline page : outline) {
            List<PickerQuestion> questions = page.questions().stream()
                    .map(q -> new PickerQuestion(
                            q.key(),
                            q.type(),
                            page.at().page(),
                            q.label(),
                            choices(document, codeLists, q.at()),
                            Optional.ofNullable(types.get(q.key()))))
                    .toList();
            pages.add(new LaidPage(page.key().orElse(""), page.title(), questions));
        }
        return new QuestionnaireLayout(pages);
    }

    private static List<PickerChoice> choices(
            QuestionnaireDocument document, CodeListSnapshot codeLists, Place.QuestionAt question) {
        Optional<String> codeList = document.scalar(question, "choicesFrom");
        if (codeList.isPresent()) {
            return codeLists.entries(codeList.get()).orElse(List.of()).stream()
                    .filter(ListedCode::active)
                    .map(code -> new PickerChoice(code.code(), code.name().texts()))
                    .toList();
        }
        EntryList list = document.scalar(question, "choices")
                .<EntryList>map(EntryList.SharedList::new)
                .orElse(new EntryList.Choices(question));
        return document.entries(list).stream()
                .map(e -> new PickerChoice(e.value(), e.label()))
                .toList();
    }

    private static PickerQuestion question(Question question, int page, Map<String, ValueType> types) {
        List<Choice> choices = question.accept(PICKED_CHOICES);
        return new PickerQuestion(
                question.key(),
                question.typeName(),
                page,
                question.label().texts(),
                choices.stream()
                        .map(c -> new PickerChoice(c.value(), c.label().texts()))
                        .toList(),
                Optional.ofNullable(types.get(question.key())));
    }

    /** The choices a condition may pick from; a matrix's scale is not one, since no condition names a matrix. */
    private static final QuestionVisitor<List<Choice>> PICKED_CHOICES = new QuestionVisitor<List<Choice>>() {
        @Override
        public List<Choice> visitSingleChoice(SingleChoiceQuestion single) {
            return single.answerChoices();
        }

        @Override
        public List<Choice> visitMultipleChoice(MultipleChoiceQuestion multiple) {
            return multiple.answerChoices();
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
            return yesNo.answerChoices();
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
            return likert.answerChoices();
        }

        @Override
        public List<Choice> visitMatrix(MatrixQuestion matrix) {
            return List.of();
        }

        @Override
        public List<Choice> visitRanking(RankingQuestion ranking) {
            return ranking.answerChoices();
        }

        @Override
        public List<Choice> visitCalculate(CalculateQuestion calculate) {
            return List.of();
        }
    };
}
