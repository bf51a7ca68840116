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

    /**
     * One question of each kind answered in parts or on a fixed scale: welcome (Likert, 5 points with end labels),
     * event (required matrix: venue and programme on poor/good), helps (ranking of three, top two), situation
     * (required single choice with the standard "other") and goals (multiple choice with "other" worded "Jokin muu").
     */
    public static Questionnaire everyCompositeQuestionType() {
        return new Questionnaire(
                "composite",
                fi("Composite"),
                LocalizedText.empty(),
                Language.FI,
                List.of(Language.FI),
                List.of(
                        new LikertQuestion(
                                "welcome",
                                fi("I felt welcome"),
                                LocalizedText.empty(),
                                false,
                                5,
                                fi("Disagree"),
                                fi("Agree"),
                                List.of(),
                                Classification.NONE),
                        new MatrixQuestion(
                                "event",
                                fi("Rate the event"),
                                LocalizedText.empty(),
                                true,
                                List.of(
                                        new MatrixItem("venue", fi("Venue")),
                                        new MatrixItem("programme", fi("Programme"))),
                                List.of(choice("poor"), choice("good")),
                                Classification.NONE),
                        new RankingQuestion(
                                "helps",
                                fi("What helps most?"),
                                LocalizedText.empty(),
                                false,
                                List.of(choice("coaching"), choice("training"), choice("trial")),
                                2,
                                Classification.NONE),
                        new SingleChoiceQuestion(
                                "situation",
                                fi("Situation"),
                                LocalizedText.empty(),
                                true,
                                List.of(choice("jobseeker"), choice("studying")),
                                Classification.NONE,
                                false,
                                java.util.Optional.of(OtherChoice.standard())),
                        new MultipleChoiceQuestion(
                                "goals",
                                fi("Goals"),
                                LocalizedText.empty(),
                                false,
                                List.of(choice("job"), choice("education")),
                                Classification.NONE,
                                MultipleChoiceQuestion.NO_LIMIT,
                                MultipleChoiceQuestion.NO_LIMIT,
                                java.util.Optional.of(new OtherChoice(fi("Jokin muu"))))));
    }
}
