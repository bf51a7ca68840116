package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every word on a staff page comes from the message bundles, in Finnish, Swedish and English alike. Respondent pages
 * ({@code survey/}, {@code accessibility/}) take their words from the questionnaire and {@code i18n/messages*} instead.
 */
class StaffTemplatesTextTest {

    private static final Path VIEWS = Path.of("src/main/resources/views");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n/staff");
    private static final List<String> LANGUAGE_SUFFIXES = List.of("", "_sv", "_en");

    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

    @Test
    void staffTemplatesHoldNoVisibleTextOutsideTheMessageBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : staffTemplates()) {
            String name = VIEWS.relativize(template).toString();
            Document document = Jsoup.parse(Files.readString(template));
            for (Element element : document.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(text.text()).find() && !replaced(element)) {
                        found.add(name + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    if (LETTER.matcher(value).find() && !element.hasAttr("th:" + attribute) && !replaced(element)) {
                        found.add(name + ": attribute " + attribute + "=\"" + value + "\" in <" + element.tagName()
                                + ">");
                    }
                }
            }
        }
        assertThat(found).as("visible text not taken from i18n/staff bundles").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsInFinnishSwedishAndEnglish() throws IOException {
        List<Properties> languages = new ArrayList<>();
        for (String suffix : LANGUAGE_SUFFIXES) {
            languages.add(allBundles(suffix));
        }
        Set<String> missing = new TreeSet<>();
        for (Path template : staffTemplates()) {
            Matcher keys = LITERAL_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                for (int i = 0; i < languages.size(); i++) {
                    if (!languages.get(i).containsKey(keys.group(1))) {
                        missing.add(VIEWS.relativize(template) + ": " + keys.group(1) + " (" + language(i) + ")");
                    }
                }
            }
        }
        for (StaffNavigation.Entry entry : StaffNavigation.ENTRIES) {
            for (int i = 0; i < languages.size(); i++) {
                if (!languages.get(i).containsKey(entry.messageKey())) {
                    missing.add("navigation: " + entry.messageKey() + " (" + language(i) + ")");
                }
            }
        }
        assertThat(missing).as("keys missing from a language").isEmpty();
    }

    @Test
    void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
        List<String> differences = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path finnish :
                    files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                String base = finnish.getFileName().toString().replace(".properties", "");
                Set<String> keys = load(finnish).stringPropertyNames();
                for (String suffix : List.of("_sv", "_en")) {
                    Path other = BUNDLES.resolve(base + suffix + ".properties");
                    Set<String> otherKeys = Files.exists(other) ? load(other).stringPropertyNames() : Set.of();
                    Set<String> onlyFinnish = new TreeSet<>(keys);
                    onlyFinnish.removeAll(otherKeys);
                    Set<String> onlyOther = new TreeSet<>(otherKeys);
                    onlyOther.removeAll(keys);
                    if (!onlyFinnish.isEmpty() || !onlyOther.isEmpty()) {
                        differences.add(base + suffix + ": missing " + onlyFinnish + ", extra " + onlyOther);
                    }
                }
                assertThat(base)
                        .as("bundle registered in StaffMessages")
                        .isIn(fi.mittari.web.i18n.StaffMessages.BUNDLES);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void everyApostropheInAStaffTextIsWrittenSoThatMessageFormattingKeepsIt() throws IOException {
        // Staff texts are MessageFormat patterns: a lone ' starts a quotation and vanishes ("the campaign's answers"
        // would read "the campaigns answers"). An apostrophe is written '' ; '{' and '}' quote a brace.
        List<String> lone = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.sorted().toList()) {
                java.util.Properties texts = load(bundle);
                for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                    String rest = texts.getProperty(key)
                            .replace("''", "")
                            .replace("'{'", "")
                            .replace("'}'", "");
                    if (rest.contains("'")) {
                        lone.add(bundle.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(lone).isEmpty();
    }

    /** An element whose content Thymeleaf replaces shows its static text only to someone reading the template. */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")) {
                return true;
            }
            // A language's own name in that language ("svenska" on the language switch) is not translated.
            if (e.hasAttr("lang") && e != element.ownerDocument().child(0)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> staffTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> {
                        String name = VIEWS.relativize(p).toString();
                        return !name.startsWith("survey/")
                                && !name.startsWith("accessibility/")
                                && !name.equals("layout/page.html");
                    })
                    .sorted()
                    .toList();
        }
    }

    private static Properties allBundles(String suffix) throws IOException {
        Properties all = new Properties();
        for (String bundle : fi.mittari.web.i18n.StaffMessages.BUNDLES) {
            Path file = BUNDLES.resolve(bundle + suffix + ".properties");
            if (Files.exists(file)) {
                all.putAll(load(file));
            }
        }
        return all;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String language(int index) {
        return List.of("fi", "sv", "en").get(index);
    }
}
