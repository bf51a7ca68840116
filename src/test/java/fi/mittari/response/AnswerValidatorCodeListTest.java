package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Classification;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers to choices taken from a code list: its active codes are accepted, retired and unknown ones refused. */
class AnswerValidatorCodeListTest {

    private static final List<Choice> REGIONS = List.of(
            new Choice("uusimaa", LocalizedText.of(Language.FI, "Uusimaa")),
            new Choice("ahvenanmaa", LocalizedText.of(Language.FI, "Ahvenanmaa")),
            new Choice("ita-uusimaa", LocalizedText.of(Language.FI, "Itä-Uusimaa"), false, true));

    private static final Questionnaire LISTED = new Questionnaire(
            "listed",
            LocalizedText.of(Language.FI, "Listat"),
            LocalizedText.empty(),
            Language.FI,
            List.of(Language.FI),
            List.of(
                    new SingleChoiceQuestion(
                            "region",
                            LocalizedText.of(Language.FI, "Maakunta"),
                            LocalizedText.empty(),
                            false,
                            REGIONS,
                            new Classification("dim.region", false)),
                    new MultipleChoiceQuestion(
                            "regions",
                            LocalizedText.of(Language.FI, "Maakunnat"),
                            LocalizedText.empty(),
                            false,
                            REGIONS,
                            Classification.NONE)));

    private final AnswerValidator validator = new AnswerValidator(LocalDate.of(2026, 12, 2));

    private AnswerCheck check(String key, String... values) {
        return validator.check(LISTED, new SubmittedAnswers(Map.of(key, List.of(values))));
    }

    @Test
    void acceptsACodeOfTheList() {
        assertThat(check("region", "ahvenanmaa")).isInstanceOf(AnswerCheck.Valid.class);
        assertThat(check("regions", "uusimaa", "ahvenanmaa")).isInstanceOf(AnswerCheck.Valid.class);
    }

    @Test
    void refusesACodeOutsideTheListNamingTheOfferedOnes() {
        assertThat(check("region", "atlantis"))
                .isInstanceOfSatisfying(AnswerCheck.Invalid.class, invalid -> assertThat(invalid.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.reason()).isEqualTo(AnswerProblem.Reason.NOT_A_CHOICE))
                        .satisfies(p -> assertThat(p.arguments()).containsExactly(List.of("uusimaa", "ahvenanmaa"))));
    }

    @Test
    void refusesARetiredCodeInANewAnswer() {
        assertThat(check("region", "ita-uusimaa")).isInstanceOf(AnswerCheck.Invalid.class);
        assertThat(check("regions", "uusimaa", "ita-uusimaa")).isInstanceOf(AnswerCheck.Invalid.class);
    }
}
