package fi.mittari.report.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.mittari.indicator.definition.IndicatorCatalogCheck;
import fi.mittari.indicator.definition.IndicatorDefinitionReader;
import fi.mittari.report.ReportLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report files shipped in batch/reports/ read without a problem against the shipped indicators, and the JSON
 * Schema published for editors accepts them and refuses a typo.
 */
class SampleReportDefinitionsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theShippedFilesReadWithoutProblemsAgainstTheShippedIndicators() throws IOException {
        var indicators = IndicatorCatalogCheck.check(files("batch/indicators").stream()
                .map(file -> new IndicatorDefinitionReader().read(file.toString(), read(file)))
                .toList());
        var checked = ReportCatalogCheck.check(
                files("batch/reports").stream()
                        .map(file -> ReportDefinitionFixture.reader().read(file.toString(), read(file)))
                        .toList(),
                indicators::definitions,
                Set.of("uusimaa")); // the demo data's region ecosystem (SeedScenario)

        assertThat(checked.files())
                .flatExtracting(ReportDefinitionFile::problems)
                .isEmpty();
        assertThat(checked.definitions())
                .extracting(ReportDefinition::code)
                .containsExactly("keko-stea", "keko-sv", "tyokyky-stea", "uusimaa-ecosystem");
        ReportDefinition tyokyky = checked.definitions().get(2);
        assertThat(tyokyky.projects()).containsExactly("tyokyky");
        assertThat(tyokyky.options().data()).isTrue();
        assertThat(tyokyky.employment())
                .hasValueSatisfying(e -> assertThat(e.typeBreakdown()).contains("choice:outcome.employment_status"));
        assertThat(checked.definitions().get(1).language()).isEqualTo(ReportLanguage.SV);
        assertThat(checked.definitions().get(3).ecosystem()).contains("uusimaa");
        assertThat(checked.definitions().get(3).projects()).isEmpty();
    }

    static Stream<Path> samples() throws IOException {
        return files("batch/reports").stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSchemaAcceptsEveryShippedFile(Path sample) throws IOException {
        assertThat(Files.readString(sample)).startsWith("# yaml-language-server: $schema=../../src/main/resources/");
        assertThat(schema().validate(YAML.readTree(read(sample)))).isEmpty();
    }

    @Test
    void theSchemaRefusesATypoAndAnUnknownPeriod() throws IOException {
        Set<ValidationMessage> messages = schema().validate(YAML.readTree(
                ReportDefinitionFixture.minimal("a").replace("period: project", "period: last_year")
                        + "    shedule: \"0 0 6 1 * *\"\n"));
        assertThat(messages)
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("$.reports[0].period"))
                .anySatisfy(m -> assertThat(m).contains("property 'shedule' is not defined in the schema"));
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = SampleReportDefinitionsTest.class.getResourceAsStream("/schemas/reports.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    private static List<Path> files(String directory) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(directory))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
