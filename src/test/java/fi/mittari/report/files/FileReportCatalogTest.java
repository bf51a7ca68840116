package fi.mittari.report.files;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportDefinitionFile;
import fi.mittari.report.definition.ReportDefinitionFixture;
import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog reads every *.yaml of the directory, leaves out a broken file whole and keeps the good ones. */
class FileReportCatalogTest {

    @Test
    void leavesOutABrokenFileWholeAndAnUnfittingDefinitionAlone(@TempDir Path directory) throws IOException {
        Files.writeString(
                directory.resolve("good.yaml"),
                ReportDefinitionFixture.minimal("good")
                        + ReportDefinitionFixture.minimal("unknown-indicator").replace("reports:\n", "")
                        + "    indicators: [participants]\n");
        Files.writeString(
                directory.resolve("broken.yaml"),
                ReportDefinitionFixture.minimal("broken").replace("period: project", "period: monthly"));
        Files.writeString(directory.resolve("notes.txt"), "not a definition file");

        var catalog = new FileReportCatalog(directory, ReportDefinitionFixture.INDICATORS);

        assertThat(catalog.all()).extracting(ReportDefinition::code).containsExactly("good");
        assertThat(catalog.byCode("broken")).isEmpty();
        assertThat(catalog.files())
                .extracting(ReportDefinitionFile::source)
                .containsExactly(
                        directory.resolve("broken.yaml").toString(),
                        directory.resolve("good.yaml").toString());
        assertThat(catalog.files().get(0).rejected()).isTrue();
        assertThat(catalog.files().get(0).problems())
                .extracting(DefinitionProblem::line, DefinitionProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 13));
        assertThat(catalog.files().get(1).rejected()).isFalse();
        assertThat(catalog.files().get(1).problems())
                .extracting(DefinitionProblem::path)
                .containsExactly("reports[1].indicators[0]");
    }

    @Test
    void aMissingDirectoryIsAnEmptyCatalog(@TempDir Path directory) {
        var catalog = new FileReportCatalog(directory.resolve("reports"), ReportDefinitionFixture.INDICATORS);
        assertThat(catalog.all()).isEmpty();
        assertThat(catalog.files()).isEmpty();
    }
}
