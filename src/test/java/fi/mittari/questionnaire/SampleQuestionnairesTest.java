package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The questionnaires shipped in surveys/ read without a single problem, in all three languages. */
class SampleQuestionnairesTest {

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("surveys")).filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsWithoutProblemsInFinnishSwedishAndEnglish(Path sample) throws IOException {
        DefinitionResult result = ShippedCodeLists.reader().read(sample.toString(), Files.readString(sample));
        assertThat(result.problems()).isEmpty();
        Questionnaire questionnaire = ((DefinitionResult.Accepted) result).questionnaire();
        assertThat(questionnaire.languages()).containsExactly(Language.FI, Language.SV, Language.EN);
    }

    @org.junit.jupiter.api.Test
    void theSamplesCoverTheIssuesThreeQuestionnaires() throws IOException {
        assertThat(samples().map(p -> p.getFileName().toString()))
                .contains(
                        "keko-impact.yaml", "event-feedback.yaml", "coaching-baseline.yaml", "coaching-followup.yaml");
    }
}
