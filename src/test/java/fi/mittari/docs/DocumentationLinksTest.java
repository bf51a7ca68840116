package fi.mittari.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation stands on its own: every relative link in the README and under docs/ (and in the format guides
 * beside the files they describe) leads to a file of the repository, and to a heading of it where it names one.
 */
class DocumentationLinksTest {

    /** {@code [text](target)} and {@code ![alt](target)}; a target ends at the first space or closing parenthesis. */
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*$");

    @Test
    void everyRelativeLinkLeadsToAFileAndHeadingOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            Matcher link = LINK.matcher(withoutCodeBlocks(text));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty()
                        ? page
                        : page.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target + " (no such file)");
                } else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theDocumentationNamesNothingOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            if (leavesTheRepository(page, text)
                    || Pattern.compile("(?i)\\bissue\\s+#?\\d").matcher(text).find()) {
                outside.add(page.toString());
            }
        }
        assertThat(outside).isEmpty();
    }

    /**
     * Whether a link on the page ("[x](../y)") climbs above the repository's root: such a file may exist on the
     * machine that wrote the page, never in a reader's clone.
     */
    private static boolean leavesTheRepository(Path page, String text) {
        Path root = Path.of("").toAbsolutePath().normalize();
        Matcher climbs = Pattern.compile("\\]\\(((?:\\.\\./)+[^)#\\s]*)").matcher(text);
        while (climbs.find()) {
            Path target =
                    page.toAbsolutePath().getParent().resolve(climbs.group(1)).normalize();
            if (!target.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(
                List.of(Path.of("README.md"), Path.of("surveys/README.md"), Path.of("batch/README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(10);
        return pages;
    }

    /** Code blocks show commands and examples, whose brackets are not links. */
    private static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(Path file) {
        if (Files.isDirectory(file) || !file.toString().endsWith(".md")) {
            return Set.of();
        }
        try {
            Matcher heading = HEADING.matcher(withoutCodeBlocks(Files.readString(file)));
            return heading.results()
                    .map(match -> match.group(1)
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N} _-]", "")
                            .replace(' ', '-'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
