package fi.mittari.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code lists as the migrations ship them (regions, sectors, event types), for tests that read the sample
 * questionnaires without a database. Read from the migration itself, so the tests follow the lists as they are seeded.
 */
public final class ShippedCodeLists {

    private static final Path MIGRATION =
            Path.of("src/main/resources/db/migration/V8__projects_events_participation.sql");
    private static final Pattern ENTRY = Pattern.compile("\\('(region|sector|event_type)', '([^']+)', (?:NULL|'[^']*'),"
            + " '([^']*)', '([^']*)', '([^']*)', (\\d+), (TRUE|FALSE)\\)");

    private static final CodeListSnapshot SNAPSHOT = read();

    private ShippedCodeLists() {}

    public static CodeListSnapshot snapshot() {
        return SNAPSHOT;
    }

    /** A reader that takes choicesFrom from the shipped lists. */
    public static QuestionnaireYamlReader reader() {
        return new QuestionnaireYamlReader(SNAPSHOT);
    }

    private static CodeListSnapshot read() {
        String sql;
        try {
            sql = Files.readString(MIGRATION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<ListedCode>> lists = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(sql);
        while (entry.find()) {
            lists.computeIfAbsent(entry.group(1), name -> new ArrayList<>())
                    .add(new ListedCode(
                            entry.group(2),
                            new LocalizedText(Map.of(
                                    Language.FI, entry.group(3),
                                    Language.SV, entry.group(4),
                                    Language.EN, entry.group(5))),
                            entry.group(7).equals("TRUE")));
        }
        return new CodeListSnapshot(lists);
    }
}
