package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real forms that other public projects use (health visits, household and facility surveys, OpenStreetMap field
 * mapping; sources in {@code xlsform/public/README.md}) run through the same checks as pyxform's examples: each
 * recorded outcome must hold, and the share of the forms pyxform accepts that publish must be the one the
 * questionnaire authors' guide quotes, so the guide cannot promise more than the importer does.
 */
@MicronautTest(transactional = false)
// The CHT forms run to hundreds of rows and take seconds to convert on a busy machine, longer than the client's
// default ten-second wait; a slow answer is not what this suite is about.
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class PublicFormsCorpusIntegrationTest extends PyxformCorpusIntegrationTest {

    @Override
    String folder() {
        return PyxformCorpus.PUBLIC_FOLDER;
    }

    @Test
    void theGuideQuotesTheShareOfFormsPyxformAcceptsThatPublish() throws IOException {
        List<PyxformCorpus.Form> accepted =
                actual().stream().filter(PyxformCorpus.Form::pyxformAccepts).toList();
        long published = accepted.stream()
                .filter(form -> form.outcome().equals("published"))
                .count();
        String share = "of the %d that pyxform accepts, %d publish (%d %%)"
                .formatted(accepted.size(), published, Math.round(100.0 * published / accepted.size()));
        System.out.println("Public forms: " + share);

        String guide = Files.readString(Path.of("surveys/README.md"), StandardCharsets.UTF_8);
        assertThat(guide.replaceAll("\\s+", " ")).contains(share);
    }
}
