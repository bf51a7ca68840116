package fi.mittari;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.TimeZones;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each setting is written once: its default in application.yml, its variable in the table of docs/operations.md, the
 * default time zone once in the code and once in the tests (docs/adr/0038).
 */
class SettingsWrittenOnceTest {

    private static final Path YAML = Path.of("src/main/resources/application.yml");
    private static final Path DOCS = Path.of("docs/operations.md");
    private static final Pattern VARIABLE = Pattern.compile("MITTARI_[A-Z0-9_]*[A-Z0-9]");
    /** Names that look like variables but are not read from the environment. */
    private static final Set<String> NOT_VARIABLES = Set.of("MITTARI_SHOWN_ONCE"); // a cookie's name

    @Test
    void everyVariableTheApplicationReadsIsARowOfTheSettingsTable() {
        Set<String> read = new TreeSet<>(variablesIn(read(YAML)));
        javaFiles(Path.of("src/main/java")).forEach(file -> read.addAll(variablesIn(read(file))));
        read.removeAll(NOT_VARIABLES);
        String docs = read(DOCS);

        assertThat(read).isNotEmpty().allSatisfy(variable -> assertThat(docs)
                .as("docs/operations.md, Settings, lists %s", variable)
                .contains("| `" + variable + "` |"));
    }

    @Test
    void noDefaultIsWrittenInTheCode() {
        // "${mittari.x:default}" in Java would be a second default beside application.yml's
        Pattern defaulted = Pattern.compile("\"\\$\\{[a-z][a-z0-9.-]*:");
        List<Path> withDefaults = javaFiles(Path.of("src/main/java"))
                .filter(file -> defaulted.matcher(read(file)).find())
                .toList();

        assertThat(withDefaults).isEmpty();
        assertThat(javaFiles(Path.of("src/main/java")).filter(file -> read(file).contains("@Value(\"${")))
                .as("settings are read through @ConfigurationProperties records, not @Value")
                .isEmpty();
    }

    @Test
    void theDefaultTimeZoneIsWrittenOnceInTheCodeAndOnceInTheTests() {
        Matcher zone = Pattern.compile("\\$\\{MITTARI_TIME_ZONE:([^}]+)}").matcher(read(YAML));
        assertThat(zone.find()).isTrue();
        String literal = zone.group(1);

        assertThat(TimeZones.HELSINKI.getId()).isEqualTo(literal);
        assertThat(occurrences(Path.of("src/main"), literal)).isEqualTo(1);
        assertThat(occurrences(Path.of("src/test/java"), '"' + literal + '"')).isEqualTo(1);
    }

    private static long occurrences(Path root, String text) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> Pattern.compile(Pattern.quote(text))
                            .matcher(read(file))
                            .results()
                            .count())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> variablesIn(String text) {
        Set<String> found = new TreeSet<>();
        VARIABLE.matcher(text).results().forEach(match -> found.add(match.group()));
        return found;
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
