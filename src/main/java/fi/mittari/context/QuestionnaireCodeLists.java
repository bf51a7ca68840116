package fi.mittari.context;

import fi.mittari.context.persistence.CodeListEntryRepository;
import fi.mittari.questionnaire.CodeListSnapshot;
import fi.mittari.questionnaire.CodeListSource;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.ListedCode;
import fi.mittari.questionnaire.LocalizedText;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code lists as questionnaires take their choices from them ({@code choicesFrom: region}): every list, each entry
 * with its names in Finnish, Swedish and English, retired entries included so that stored answers keep their names.
 *
 * <p>Every respondent request reads its questionnaire version, and so these lists, several times: they are read from
 * the database at most once per {@link #FRESH_FOR} and kept in memory in between. A change made on this instance is
 * seen at once ({@link CodeLists} forgets the kept lists); another instance of a cluster sees it within that time.
 */
@Singleton
class QuestionnaireCodeLists implements CodeListSource {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final CodeListEntryRepository entries;
    private final Clock clock;
    private volatile Kept kept;

    private record Kept(CodeListSnapshot snapshot, Instant readAt) {}

    QuestionnaireCodeLists(CodeListEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public CodeListSnapshot current() {
        Instant now = clock.instant();
        Kept known = kept;
        if (known != null && now.isBefore(known.readAt().plus(FRESH_FOR))) {
            return known.snapshot();
        }
        CodeListSnapshot read = read();
        kept = new Kept(read, now);
        return read;
    }

    /** After a change on this instance: the next look-up reads the lists again. */
    void forget() {
        kept = null;
    }

    private CodeListSnapshot read() {
        Map<String, List<ListedCode>> lists = new LinkedHashMap<>();
        CodeLists.NAMES.forEach(name -> lists.put(name, new ArrayList<>()));
        entries.findAll().stream()
                .filter(entry -> lists.containsKey(entry.listName()))
                .sorted(Comparator.comparingInt(CodeListEntry::position).thenComparing(CodeListEntry::code))
                .forEach(entry -> lists.get(entry.listName()).add(listed(entry)));
        return new CodeListSnapshot(lists);
    }

    private static ListedCode listed(CodeListEntry entry) {
        return new ListedCode(
                entry.code(),
                new LocalizedText(Map.of(
                        Language.FI, entry.nameFi(),
                        Language.SV, entry.nameSv(),
                        Language.EN, entry.nameEn())),
                entry.active());
    }
}
