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
                                List.of(choice("yes"), choice("no"), choice("unsure"))),
                        new MultipleChoiceQuestion(
                                "activities",
                                fi("What did you do?"),
                                LocalizedText.empty(),
                                false,
                                List.of(choice("pathways"), choice("services"), choice("networks"))),
                        new RatingQuestion(
                                "usefulness",
                                fi("Useful?"),
                                LocalizedText.empty(),
                                false,
                                0,
                                10,
                                LocalizedText.empty(),
                                LocalizedText.empty()),
                        new TextQuestion("comments", fi("Comments"), LocalizedText.empty(), false, true, 20)));
    }
}
