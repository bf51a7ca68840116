package fi.mittari.questionnaire.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuestionSliceTest {

    @Test
    void aQuestionOfAPageIsCutOutWithItsCommentsAndMovedToTheLeftEdge() throws IOException {
        String yaml = Files.readString(Path.of("surveys/coaching-followup.yaml"));

        String cut = QuestionSlice.of(yaml, "employment_status").orElseThrow();

        assertThat(cut)
                .startsWith("key: employment_status\ntype: single_choice\n")
                .contains("\nchoices:\n  - {value: open_labour_market,")
                .endsWith("other: {label: {fi: \"Muu\", sv: \"Annat\", en: \"Other\"}}\n")
                .doesNotContain("key: work\n");
    }

    @Test
    void theLastQuestionOfAFileEndsWithTheFileAndAQuestionInsideEndsAtItsNeighbour() throws IOException {
        String yaml = Files.readString(Path.of("surveys/event-feedback.yaml"));

        assertThat(QuestionSlice.of(yaml, "useful_text").orElseThrow())
                .startsWith("key: useful_text\n")
                .endsWith("Please do not write names or other identifying details.\"}\n");
        assertThat(QuestionSlice.of(yaml, "region").orElseThrow())
                .contains("# All 19 regions")
                .doesNotContain("key: sector");
    }

    @Test
    void aPageWithTheKeyOfItsQuestionIsNotTakenForTheQuestion() throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/question-bank/common-measures.yaml"));

        assertThat(QuestionSlice.of(yaml, "satisfaction").orElseThrow())
                .startsWith("key: satisfaction\ntype: rating\n")
                .doesNotContain("questions:");
    }

    @Test
    void aKeyNotWrittenAsAListItemFindsNothing() {
        assertThat(QuestionSlice.of("key: region\nquestions: []\n", "region")).isEmpty();
        assertThat(QuestionSlice.of("questions:\n  - key: regions\n", "region")).isEmpty();
    }
}
