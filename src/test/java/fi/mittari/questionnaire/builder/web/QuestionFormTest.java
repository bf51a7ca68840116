package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.ShippedCodeLists;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.EntryList;
import fi.mittari.questionnaire.builder.PickerPlace;
import fi.mittari.questionnaire.builder.PickerQuestion;
import fi.mittari.questionnaire.builder.PickerState;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.builder.QuestionnaireLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The question form onto the document: what changed is written, what did not is left exactly as it was. */
class QuestionFormTest {

    private static final String YAML =
            """
            key: small
            defaultLanguage: fi
            languages: [fi, sv]
            title: {fi: Pieni, sv: Liten}
            questions:
              - key: partners
                type: single_choice
                label: {fi: "Löysitkö kumppaneita?", sv: "Hittade du partner?"}
                choices:
                  - {value: "yes", label: {fi: Kyllä, sv: Ja}}
                  - {value: "no", label: {fi: Ei, sv: Nej}}
              - key: hours
                type: number
                label: {fi: Tunnit, sv: Timmar}
            """;

    private static final Place.QuestionAt PARTNERS = new Place.QuestionAt(0, 0);
    private static final Place.QuestionAt HOURS = new Place.QuestionAt(0, 1);

    @Test
    void theFormAsShownChangesNothingAndWritesNoFalseFlagWhereTheFieldWasAbsent() {
        QuestionnaireDocument document = document();
        QuestionForm.apply(
                document, layout(document), PARTNERS, BuilderForm.of(partnersAsShown(new LinkedHashMap<>())));
        assertThat(document.yaml()).isEqualTo(YAML).doesNotContain("required");
    }

    @Test
    void tickingRequiredWritesTrueAndUntickingRemovesIt() {
        QuestionnaireDocument document = document();
        Map<String, Object> form = partnersAsShown(new LinkedHashMap<>());
        form.put("required", "true");
        QuestionForm.apply(document, layout(document), PARTNERS, BuilderForm.of(form));
        assertThat(document.scalar(PARTNERS, "required")).contains("true");

        QuestionForm.apply(
                document, layout(document), PARTNERS, BuilderForm.of(partnersAsShown(new LinkedHashMap<>())));
        assertThat(document.yaml()).isEqualTo(YAML);
    }

    @Test
    void aChangedTranslationIsWrittenAndTheOtherLanguageKept() {
        QuestionnaireDocument document = document();
        Map<String, Object> form = partnersAsShown(new LinkedHashMap<>());
        form.put("label.sv", "Fann du nya partner?");
        form.put("choice.1.label.sv", "Nej, inte alls");
        QuestionForm.apply(document, layout(document), PARTNERS, BuilderForm.of(form));
        assertThat(document.text(PARTNERS, "label"))
                .containsEntry(Language.FI, "Löysitkö kumppaneita?")
                .containsEntry(Language.SV, "Fann du nya partner?");
        assertThat(document.entries(new EntryList.Choices(PARTNERS)).get(1).label())
                .containsEntry(Language.SV, "Nej, inte alls");
        assertThat(document.yaml()).contains("label: {fi: \"Löysitkö kumppaneita?\", sv:");
    }

    @Test
    void theConditionIsReadFromItsExpressionFieldAndABlankOneRemoved() {
        QuestionnaireDocument document = document();
        Map<String, Object> form = hoursAsShown();
        form.put("relevant", "partners = 'yes'");
        form.put("constraint", ". >= 0");
        form.put("constraintMessage.fi", "Anna luku.");
        QuestionForm.apply(document, layout(document), HOURS, BuilderForm.of(form));
        assertThat(document.scalar(HOURS, "relevant")).contains("partners = 'yes'");
        assertThat(document.scalar(HOURS, "constraint")).contains(". >= 0");
        assertThat(document.text(HOURS, "constraintMessage")).containsEntry(Language.FI, "Anna luku.");

        QuestionForm.apply(document, layout(document), HOURS, BuilderForm.of(hoursAsShown()));
        assertThat(document.yaml()).isEqualTo(YAML);
    }

    @Test
    void thePickersWriteTheConditionAndAConditionShownUnchangedKeepsItsTextAsWritten() {
        QuestionnaireDocument document = document();
        Map<String, Object> form = hoursAsShown();
        form.put("relevant.mode", "pick");
        form.put("relevant.subject", "partners");
        form.put("relevant.comparison", "eq");
        form.put("relevant.choice", List.of("yes"));
        form.put("constraint.mode", "pick");
        form.put("constraint.subject", ".");
        form.put("constraint.comparison", "le");
        form.put("constraint.number", "10");
        assertThat(QuestionForm.apply(document, layout(document), HOURS, BuilderForm.of(form)))
                .isEmpty();
        assertThat(document.scalar(HOURS, "relevant")).contains("partners = 'yes'");
        assertThat(document.scalar(HOURS, "constraint")).contains(". <= 10");

        // Written by hand in another spelling: the picker's fields as the page shows them send it back unchanged.
        for (String written : List.of("partners='yes'", "partners  =  'yes'", "partners = 'yes' or hours > 2")) {
            document.setScalar(HOURS, "relevant", written);
            String before = document.yaml();
            QuestionForm.apply(
                    document,
                    layout(document),
                    HOURS,
                    BuilderForm.of(asShown(form, "relevant", PickerState.of(written))));
            assertThat(document.yaml()).as(written).isEqualTo(before);
        }

        Map<String, Object> none = hoursAsShown();
        none.put("relevant.mode", "none");
        none.put("relevant.comparison", "eq");
        none.put("constraint.mode", "none");
        QuestionForm.apply(document, layout(document), HOURS, BuilderForm.of(none));
        assertThat(document.yaml()).isEqualTo(YAML);
    }

    @Test
    void aPickerRefusalNamesItsFieldAndLeavesTheStoredConditionAlone() {
        QuestionnaireDocument document = document();
        document.setScalar(HOURS, "relevant", "partners = 'no'");
        Map<String, Object> form = hoursAsShown();
        form.put("relevant.mode", "pick");
        form.put("relevant.subject", "");
        form.put("relevant.comparison", "eq");
        var refused = QuestionForm.apply(document, layout(document), HOURS, BuilderForm.of(form));
        assertThat(refused).containsOnlyKeys("relevant");
        assertThat(refused.get("relevant").field()).isEqualTo("relevant.subject");
        assertThat(document.scalar(HOURS, "relevant")).contains("partners = 'no'");
    }

    @Test
    void otherIsSwitchedOnWithItsLabelAndOffAgain() {
        QuestionnaireDocument document = document();
        Map<String, Object> form = partnersAsShown(new LinkedHashMap<>());
        form.put("other", "true");
        form.put("otherLabel.fi", "Muu");
        QuestionForm.apply(document, layout(document), PARTNERS, BuilderForm.of(form));
        assertThat(document.other(PARTNERS)).contains(Map.of(Language.FI, "Muu"));

        QuestionForm.apply(
                document, layout(document), PARTNERS, BuilderForm.of(partnersAsShown(new LinkedHashMap<>())));
        assertThat(document.other(PARTNERS)).isEmpty();
        assertThat(document.yaml()).isEqualTo(YAML);
    }

    @Test
    void choosingACodeListReplacesTheWrittenChoices() {
        QuestionnaireDocument document = document();
        Map<String, Object> form = partnersAsShown(new LinkedHashMap<>());
        form.put("choiceSource", "codes");
        form.put("choicesFrom", "region");
        QuestionForm.apply(document, layout(document), PARTNERS, BuilderForm.of(form));
        assertThat(document.scalar(PARTNERS, "choicesFrom")).contains("region");
        assertThat(document.yaml()).doesNotContain("Kyllä");
    }

    @Test
    void aMultipleChoiceTakesHowManyMayBeTickedAndLosesTheLimitsWhenCleared() {
        QuestionnaireDocument document = document();
        document.setScalar(PARTNERS, "type", "multiple_choice");
        String asMultiple = document.yaml();
        Map<String, Object> form = partnersAsShown(new LinkedHashMap<>());
        form.put("type", "multiple_choice");
        form.put("minSelected", "1");
        form.put("maxSelected", "2");
        form.put("choice.1.exclusive", "true");
        QuestionForm.apply(document, layout(document), PARTNERS, BuilderForm.of(form));
        assertThat(document.scalar(PARTNERS, "minSelected")).contains("1");
        assertThat(document.scalar(PARTNERS, "maxSelected")).contains("2");
        assertThat(document.entries(new EntryList.Choices(PARTNERS)).get(1).exclusive())
                .isTrue();

        Map<String, Object> cleared = partnersAsShown(new LinkedHashMap<>());
        cleared.put("type", "multiple_choice");
        cleared.put("minSelected", "");
        cleared.put("maxSelected", "");
        QuestionForm.apply(document, layout(document), PARTNERS, BuilderForm.of(cleared));
        assertThat(document.yaml()).isEqualTo(asMultiple);
    }

    @Test
    void aLikertNamesEachOfItsPointsInEveryLanguageAndLosesTheListWhenEveryLabelIsCleared() {
        QuestionnaireDocument document = document();
        document.setScalar(HOURS, "type", "likert");
        document.setScalar(HOURS, "points", "3");
        String asLikert = document.yaml();
        Map<String, Object> form = likertAsShown(List.of("Huono", "Kohtalainen", "Hyvä"), List.of("Dålig", "", "Bra"));
        QuestionForm.apply(document, layout(document), HOURS, BuilderForm.of(form));
        assertThat(document.textList(HOURS, "labels"))
                .containsExactly(
                        Map.of(Language.FI, "Huono", Language.SV, "Dålig"),
                        Map.of(Language.FI, "Kohtalainen"),
                        Map.of(Language.FI, "Hyvä", Language.SV, "Bra"));

        // Shown again unchanged, the labels stay exactly as written.
        String labelled = document.yaml();
        QuestionForm.apply(document, layout(document), HOURS, BuilderForm.of(form));
        assertThat(document.yaml()).isEqualTo(labelled);

        // A label cleared at the end shortens the list; all cleared removes it.
        QuestionForm.apply(
                document,
                layout(document),
                HOURS,
                BuilderForm.of(likertAsShown(List.of("Huono", "Kohtalainen", ""), List.of("Dålig", "", ""))));
        assertThat(document.textList(HOURS, "labels")).hasSize(2);
        QuestionForm.apply(
                document,
                layout(document),
                HOURS,
                BuilderForm.of(likertAsShown(List.of("", "", ""), List.of("", "", ""))));
        assertThat(document.yaml()).isEqualTo(asLikert);
    }

    @Test
    void aQuestionTakingItsChoicesFromACodeListOffersTheListInThePickerAndTheCodeIsStored() {
        QuestionnaireDocument document = document();
        document.setScalar(PARTNERS, "choicesFrom", "region");
        document.setScalar(PARTNERS, "choices", null);
        var subject = PickerPlace.condition("hours")
                .scope(layout(document))
                .subject("partners")
                .orElseThrow();
        assertThat(subject.choices())
                .contains(new PickerQuestion.PickerChoice(
                        "uusimaa", Map.of(Language.FI, "Uusimaa", Language.SV, "Nyland", Language.EN, "Uusimaa")));

        Map<String, Object> form = hoursAsShown();
        form.put("relevant.mode", "pick");
        form.put("relevant.subject", "partners");
        form.put("relevant.comparison", "eq");
        form.put("relevant.choice", List.of("uusimaa"));
        assertThat(QuestionForm.apply(document, layout(document), HOURS, BuilderForm.of(form)))
                .isEmpty();
        assertThat(document.scalar(HOURS, "relevant")).contains("partners = 'uusimaa'");
    }

    @Test
    void aFormWithoutTheQuestionKeyIsNotAQuestionFormAndChangesNothing() {
        QuestionnaireDocument document = document();
        QuestionForm.apply(document, layout(document), PARTNERS, BuilderForm.of(Map.of("label.fi", "Muuta")));
        assertThat(document.yaml()).isEqualTo(YAML);
    }

    @Test
    void aProblemPathNamesItsQuestionOrPage() {
        assertThat(ProblemPlaces.of("pages[1].questions[0].label")).contains(new ProblemPlaces.Where(1, 0));
        assertThat(ProblemPlaces.of("questions[2].type")).contains(new ProblemPlaces.Where(0, 2));
        assertThat(ProblemPlaces.of("pages[2].title")).contains(new ProblemPlaces.Where(2, -1));
        assertThat(ProblemPlaces.of("choiceLists.knowledge[0].value")).isEmpty();
        assertThat(ProblemPlaces.concernsQuestion("pages[1].questions[0].choices[2].label", 1, 0))
                .isTrue();
    }

    @Test
    void aNewKeyIsMadeFromTheLabelWithoutAccents() {
        assertThat(Keys.fromLabel("Löysitkö uusia kumppaneita?", "question")).isEqualTo("loysitko_uusia_kumppaneita");
        assertThat(Keys.fromLabel("2025 tavoitteet", "question")).isEqualTo("question");
        assertThat(Keys.fromLabel("new_partners", "question")).isEqualTo("new_partners");
    }

    private static QuestionnaireLayout layout(QuestionnaireDocument document) {
        return QuestionnaireLayout.of(document, ShippedCodeLists.snapshot());
    }

    private static QuestionnaireDocument document() {
        return ((DocumentReading.Read) QuestionnaireDocument.read(YAML)).document();
    }

    /** The picker's fields as the page shows {@code state}. */
    private static Map<String, Object> asShown(Map<String, Object> form, String prefix, PickerState state) {
        Map<String, Object> shown = new LinkedHashMap<>(form);
        shown.put(prefix + ".mode", state.mode());
        shown.put(prefix + ".subject", state.subject());
        shown.put(prefix + ".comparison", state.comparison().isEmpty() ? "eq" : state.comparison());
        shown.put(prefix + ".choice", state.choices());
        shown.put(prefix + ".number", state.number());
        shown.put(prefix + ".numberTo", state.numberTo());
        shown.put(prefix + ".free", state.free());
        return shown;
    }

    /** The fields the page shows for the choice question, as a browser sends them untouched. */
    private static Map<String, Object> partnersAsShown(Map<String, Object> form) {
        form.putIfAbsent("key", "partners");
        form.putIfAbsent("type", "single_choice");
        form.putIfAbsent("label.fi", "Löysitkö kumppaneita?");
        form.putIfAbsent("label.sv", "Hittade du partner?");
        form.putIfAbsent("hint.fi", "");
        form.putIfAbsent("hint.sv", "");
        form.putIfAbsent("concept", "");
        form.putIfAbsent("appearance", "");
        form.putIfAbsent("relevant", "");
        form.putIfAbsent("constraint", "");
        form.putIfAbsent("constraintMessage.fi", "");
        form.putIfAbsent("choiceSource", "inline");
        form.putIfAbsent("sharedList", "");
        form.putIfAbsent("choicesFrom", "region");
        form.putIfAbsent("choice.0.value", "yes");
        form.putIfAbsent("choice.0.label.fi", "Kyllä");
        form.putIfAbsent("choice.0.label.sv", "Ja");
        form.putIfAbsent("choice.1.value", "no");
        form.putIfAbsent("choice.1.label.fi", "Ei");
        form.putIfAbsent("choice.1.label.sv", "Nej");
        form.putIfAbsent("otherLabel.fi", "");
        form.putIfAbsent("otherLabel.sv", "");
        return form;
    }

    private static Map<String, Object> hoursAsShown() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("key", "hours");
        form.put("type", "number");
        form.put("label.fi", "Tunnit");
        form.put("label.sv", "Timmar");
        form.put("unit.fi", "");
        form.put("min", "");
        form.put("max", "");
        form.put("relevant", "");
        form.put("constraint", "");
        form.put("constraintMessage.fi", "");
        form.put("constraintMessage.sv", "");
        return form;
    }
    /** The likert page's fields for three points, each point's label in Finnish and Swedish. */
    private static Map<String, Object> likertAsShown(List<String> finnish, List<String> swedish) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("key", "hours");
        form.put("type", "likert");
        form.put("label.fi", "Tunnit");
        form.put("label.sv", "Timmar");
        form.put("points", "3");
        for (int i = 0; i < finnish.size(); i++) {
            form.put("labels." + i + ".fi", finnish.get(i));
            form.put("labels." + i + ".sv", swedish.get(i));
        }
        form.put("relevant", "");
        return form;
    }
}
