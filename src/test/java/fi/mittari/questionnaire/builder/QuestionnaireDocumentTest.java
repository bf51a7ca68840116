package fi.mittari.questionnaire.builder;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionnaireDocumentTest {

    private static final Place.QuestionAt FIRST = new Place.QuestionAt(0, 0);

    static Stream<Path> shippedQuestionnaires() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("surveys"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedQuestionnaires")
    void writesEveryShippedQuestionnaireBackByteForByte(Path file) throws IOException {
        String text = Files.readString(file);

        assertThat(document(text).yaml()).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("shippedQuestionnaires")
    void settingEveryTextAndFieldToWhatItIsChangesNothing(Path file) throws IOException {
        String text = Files.readString(file);
        QuestionnaireDocument document = document(text);

        for (TextEntry entry : document.texts()) {
            document.setText(entry.place(), entry.field(), entry.values());
        }
        for (PageOutline page : document.outline()) {
            for (QuestionOutline question : page.questions()) {
                for (String field : List.of("key", "type", "required", "concept", "relevant", "min", "max")) {
                    document.setScalar(
                            question.at(),
                            field,
                            document.scalar(question.at(), field).orElse(null));
                }
            }
        }

        assertThat(document.yaml()).isEqualTo(text);
    }

    @Test
    void changingOneTranslationRewritesOnlyItsLineInItsStyle() throws IOException {
        String text = Files.readString(Path.of("surveys/keko-impact.yaml"));
        QuestionnaireDocument document = document(text);
        Map<Language, String> label = new java.util.EnumMap<>(document.text(FIRST, "label"));
        label.put(Language.SV, "Hittade du nya partner?");

        document.setText(FIRST, "label", label);

        assertThat(changedLines(text, document.yaml())).containsExactly("          sv: Hittade du nya partner?");
    }

    @Test
    void aNewQuestionLooksLikeItsNeighbours() {
        QuestionnaireDocument block = document(
                """
                key: block
                questions:
                  - key: a
                    type: yes_no
                    label:
                      fi: Kyllä vai ei
                """);
        QuestionnaireDocument flow = document(
                """
                key: flow
                questions:
                  - key: a
                    type: yes_no
                    label: {fi: "Kyllä vai ei"}
                """);

        block.addQuestion(0, 1, "text", "b", Map.of(Language.FI, "Mitä muuta?"));
        flow.addQuestion(0, 1, "text", "b", Map.of(Language.FI, "Mitä muuta?"));

        assertThat(block.yaml()).endsWith("  - key: b\n    type: text\n    label:\n      fi: Mitä muuta?\n");
        assertThat(flow.yaml()).endsWith("  - key: b\n    type: text\n    label: {fi: \"Mitä muuta?\"}\n");
    }

    @Test
    void valuesYamlWouldReadAsYesOrNumbersAreQuoted() {
        QuestionnaireDocument document = document("key: q\nquestions:\n  - key: a\n    type: single_choice\n");
        EntryList choices = new EntryList.Choices(FIRST);

        document.addEntry(choices, 0, "yes", Map.of(Language.FI, "Kyllä", Language.EN, "Yes"));
        document.addEntry(choices, 1, "-99", Map.of(Language.FI, "En osaa sanoa"));

        assertThat(document.yaml())
                .contains("- {value: \"yes\", label: {fi: Kyllä, en: \"Yes\"}}")
                .contains("- {value: \"-99\", label: {fi: En osaa sanoa}}");
        assertThat(document.entries(choices)).extracting(Entry::value).containsExactly("yes", "-99");
    }

    @Test
    void aFieldAddedAndRemovedAgainLeavesTheTextAsItWas() throws IOException {
        String text = Files.readString(Path.of("surveys/keko-impact.yaml"));
        QuestionnaireDocument document = document(text);
        Place.QuestionAt usefulness = new Place.QuestionAt(0, 4);

        document.setScalar(usefulness, "required", "true");
        assertThat(document.yaml()).contains("      - key: usefulness\n        type: rating\n        required: true\n");
        document.setScalar(usefulness, "required", null);

        assertThat(document.yaml()).isEqualTo(text);
    }

    @Test
    void questionsMoveAcrossPageEndsAndDuplicatesGetFreeKeys() throws IOException {
        QuestionnaireDocument document = document(Files.readString(Path.of("surveys/keko-impact.yaml")));

        Place.QuestionAt moved = document.moveQuestion(new Place.QuestionAt(1, 0), -1);
        Place.QuestionAt copy = document.duplicateQuestion(moved);

        assertThat(moved).isEqualTo(new Place.QuestionAt(0, 5));
        assertThat(keys(document, 0))
                .containsExactly(
                        "new_partners",
                        "partner_activities",
                        "topical_knowledge",
                        "employment_knowledge",
                        "usefulness",
                        "region",
                        "region_2");
        assertThat(document.yaml()).contains("# All 19 regions").containsOnlyOnce("key: region_2");
        document.removeQuestion(copy);
        document.moveQuestion(moved, 1);
        assertThat(document.yaml()).isEqualTo(Files.readString(Path.of("surveys/keko-impact.yaml")));
    }

    @Test
    void aSecondPageTurnsTheQuestionsIntoTheFirstPage() {
        QuestionnaireDocument document = document(
                """
                key: q
                # the questions
                questions:
                  - key: a
                    type: yes_no
                """);

        document.addPage(1, "second", Map.of(Language.FI, "Toinen"));

        assertThat(document.yaml())
                .isEqualTo(
                        """
                        key: q
                        # the questions
                        pages:
                          - key: page_1
                            questions:
                              - key: a
                                type: yes_no
                          - key: second
                            title:
                              fi: Toinen
                        """);
        assertThat(document.outline()).hasSize(2);
    }

    @Test
    void otherCanBeSwitchedOnWithALabelAndOffAgain() {
        QuestionnaireDocument document = document("key: q\nquestions:\n  - key: a\n    type: single_choice\n");

        document.setOther(FIRST, true, Map.of());
        assertThat(document.other(FIRST)).contains(Map.of());
        document.setOther(FIRST, true, Map.of(Language.FI, "Muu", Language.SV, "Annat"));
        assertThat(document.yaml()).endsWith("    other: {label: {fi: Muu, sv: Annat}}\n");
        document.setOther(FIRST, false, Map.of());

        assertThat(document.other(FIRST)).isEmpty();
        assertThat(document.yaml()).isEqualTo("key: q\nquestions:\n  - key: a\n    type: single_choice\n");
    }

    @Test
    void aBankQuestionIsRekeyedWhenItsKeyIsTaken() {
        QuestionnaireDocument document = document("key: q\nquestions:\n  - key: work_ability\n    type: rating\n");

        Place.QuestionAt inserted = document.insertQuestion(
                0, 1, "key: work_ability\ntype: rating\nmin: 0\nmax: 10\nlabel: {fi: Työkyky}\n");

        assertThat(document.scalar(inserted, "key")).contains("work_ability_2");
        assertThat(document.yaml())
                .endsWith("  - key: work_ability_2\n    type: rating\n    min: 0\n    max: 10\n"
                        + "    label: {fi: Työkyky}\n");
    }

    @Test
    void aNewQuestionnaireIsWrittenAsAPersonWouldStartIt() {
        QuestionnaireDocument document = QuestionnaireDocument.start(
                "palaute", Language.FI, List.of(Language.FI, Language.SV), Map.of(Language.FI, "Palaute"));

        document.addQuestion(0, 0, "yes_no", "came_again", Map.of(Language.FI, "Tulitko uudelleen?"));

        assertThat(document.yaml())
                .isEqualTo(
                        """
                        key: palaute
                        defaultLanguage: fi
                        languages: [fi, sv]
                        title:
                          fi: Palaute
                        questions:
                          - key: came_again
                            type: yes_no
                            label:
                              fi: Tulitko uudelleen?
                        """);
    }

    @Test
    void aTextThatIsNotAMappingIsUnreadable() {
        assertThat(QuestionnaireDocument.read("- a\n- b\n")).isInstanceOf(DocumentReading.Unreadable.class);
        assertThat(QuestionnaireDocument.read("key: [\n")).isInstanceOf(DocumentReading.Unreadable.class);
        assertThat(QuestionnaireDocument.read("a: &x 1\nb: *x\n")).isInstanceOf(DocumentReading.Unreadable.class);
    }

    private static List<String> keys(QuestionnaireDocument document, int page) {
        return document.outline().get(page).questions().stream()
                .map(QuestionOutline::key)
                .toList();
    }

    private static List<String> changedLines(String before, String after) {
        List<String> old = before.lines().toList();
        return after.lines().filter(line -> !old.contains(line)).toList();
    }

    private static QuestionnaireDocument document(String text) {
        return ((DocumentReading.Read) QuestionnaireDocument.read(text)).document();
    }
}
