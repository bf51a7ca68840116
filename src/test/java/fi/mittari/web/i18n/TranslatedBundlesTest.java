package fi.mittari.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Swedish and English bundles are translations, not copies: a text left in Finnish on a Swedish page is a text a
 * Swedish-speaking respondent or coordinator cannot read. Only names, formats and symbols are the same in every
 * language, and each is listed here by its key. (Staff bundles having the same keys in all three languages is checked
 * by StaffTemplatesTextTest.)
 */
class TranslatedBundlesTest {

    private static final Path RESPONDENT = Path.of("src/main/resources/i18n");
    private static final Path STAFF = Path.of("src/main/resources/i18n/staff");

    /** Texts that are the same in Finnish, Swedish and English: product and file-format names, symbols. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "form.rank.none",
            "common.brand",
            "home.heading",
            "builder.tabs.yaml",
            "definitions.column.download",
            "exports.format.csv",
            "exports.format.spss",
            "exports.format.r",
            "exports.format.stata",
            "indicators.results.n",
            "indicators.results.nColumn",
            "indicators.interval.share",
            "questionnaires.editor.schema",
            "reports.list.sha");

    @Test
    void theRespondentBundlesHaveTheSameKeysInFinnishSwedishAndEnglish() throws IOException {
        Set<String> finnish = load(RESPONDENT.resolve("messages_fi.properties")).stringPropertyNames();
        for (String language : List.of("sv", "en")) {
            Set<String> other = load(RESPONDENT.resolve("messages_" + language + ".properties"))
                    .stringPropertyNames();
            assertThat(other).as("keys of messages_%s", language).isEqualTo(finnish);
        }
    }

    @Test
    void noSwedishOrEnglishTextIsLeftAsTheFinnish() throws IOException {
        List<String> untranslated = new ArrayList<>();
        untranslated.addAll(copies(
                RESPONDENT.resolve("messages_fi.properties"),
                RESPONDENT.resolve("messages_sv.properties"),
                RESPONDENT.resolve("messages_en.properties")));
        try (Stream<Path> files = Files.list(STAFF)) {
            for (Path finnish : files.filter(p -> !p.getFileName().toString().contains("_"))
                    .sorted()
                    .toList()) {
                String base = finnish.getFileName().toString().replace(".properties", "");
                untranslated.addAll(copies(
                        finnish, STAFF.resolve(base + "_sv.properties"), STAFF.resolve(base + "_en.properties")));
            }
        }
        assertThat(untranslated).as("texts identical to the Finnish").isEmpty();
    }

    @Test
    void theListOfTextsAllowedToStayTheSameNamesOnlyKeysThatExist() throws IOException {
        Set<String> keys =
                new TreeSet<>(load(RESPONDENT.resolve("messages_fi.properties")).stringPropertyNames());
        try (Stream<Path> files = Files.list(STAFF)) {
            for (Path finnish :
                    files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                keys.addAll(load(finnish).stringPropertyNames());
            }
        }
        assertThat(keys).containsAll(SAME_IN_EVERY_LANGUAGE);
    }

    private static List<String> copies(Path finnish, Path... translations) throws IOException {
        Properties original = load(finnish);
        List<String> found = new ArrayList<>();
        for (Path translation : translations) {
            Properties translated = load(translation);
            for (String key : new TreeSet<>(original.stringPropertyNames())) {
                String text = original.getProperty(key);
                if (text.equals(translated.getProperty(key))
                        && text.codePoints().anyMatch(Character::isLetter)
                        && !SAME_IN_EVERY_LANGUAGE.contains(key)) {
                    found.add(translation.getFileName() + ": " + key + "=" + text);
                }
            }
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
