package fi.mittari.questionnaire;

import java.util.List;

/** Small questionnaires built in code, for tests that need a model rather than a file. */
public final class QuestionnaireFixture {

    private QuestionnaireFixture() {}

    public static LocalizedText fi(String text) {
        return LocalizedText.of(Language.FI, text);
    }

    public static Choice choice(String value) {
        return new Choice(value, fi(value));
    }

    /** partners (required single choice yes/no/unsure), activities (multiple), usefulness (0–10), comments (text ≤ 20). */
    public static Questionnaire impactSurvey() {
        return new Questionnaire(
                "impact",
                fi("Impact"),
                LocalizedText.empty(),
                Language.FI,
                List.of(Language.FI, Language.SV),
                List.of(
                        new SingleChoiceQuestion(
                                "partners",
                                fi("Found partners?"),
                                LocalizedText.empty(),
                                true,
                                List.of(choice("yes"), choice("no"), choice("unsure")),
                                Classification.NONE),
                        new MultipleChoiceQuestion(
                                "activities",
                                fi("What did you do?"),
                                LocalizedText.empty(),
                                false,
                                List.of(choice("pathways"), choice("services"), choice("networks")),
                                Classification.NONE),
                        new RatingQuestion(
                                "usefulness",
                                fi("Useful?"),
                                LocalizedText.empty(),
                                false,
                                0,
                                10,
                                LocalizedText.empty(),
                                LocalizedText.empty(),
                                Classification.NONE),
                        new TextQuestion(
                                "comments",
                                fi("Comments"),
                                LocalizedText.empty(),
                                false,
                                true,
                                20,
                                new Classification("", true))));
    }

    /**
     * One question of each newer kind: intro (display text), employed (yes/no), hours (decimal 0–80 h),
     * age (whole 16–99), start (date in 2020–2030), consent.
     */
    public static Questionnaire everyNewQuestionType() {
        return new Questionnaire(
                "coaching",
                fi("Coaching"),
                LocalizedText.empty(),
                Language.FI,
                List.of(Language.FI),
                List.of(
                        new DisplayText("intro", fi("Welcome"), LocalizedText.empty()),
                        new YesNoQuestion(
                                "employed",
                                fi("Employed?"),
                                LocalizedText.empty(),
                                true,
                                new Classification("outcome.employed", false)),
                        new NumberQuestion(
                                "hours",
                                fi("Hours per week"),
                                LocalizedText.empty(),
                                false,
                                true,
                                java.util.Optional.of(java.math.BigDecimal.ZERO),
                                java.util.Optional.of(java.math.BigDecimal.valueOf(80)),
                                fi("h"),
                                Classification.NONE),
                        new NumberQuestion(
                                "age",
                                fi("Age"),
                                LocalizedText.empty(),
                                false,
                                false,
                                java.util.Optional.of(java.math.BigDecimal.valueOf(16)),
                                java.util.Optional.of(java.math.BigDecimal.valueOf(99)),
                                LocalizedText.empty(),
                                Classification.NONE),
                        new DateQuestion(
                                "start",
                                fi("Start date"),
                                LocalizedText.empty(),
                                false,
                                java.util.Optional.of(java.time.LocalDate.of(2020, 1, 1)),
                                java.util.Optional.of(java.time.LocalDate.of(2030, 12, 31)),
                                Classification.NONE),
                        new ConsentQuestion("consent", fi("I agree"), LocalizedText.empty(), Classification.NONE)));
    }
}
