package fi.mittari.context;

import fi.mittari.context.persistence.CodeListEntryRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The code lists; entries are changed (renamed, reordered, retired) but never deleted. */
@Singleton
public class CodeLists implements CodeLookup {

    public static final List<String> NAMES = List.of(ContextRules.REGION, ContextRules.SECTOR, ContextRules.EVENT_TYPE);

    private final CodeListEntryRepository entries;
    private final QuestionnaireCodeLists questionnaireLists;

    CodeLists(CodeListEntryRepository entries, QuestionnaireCodeLists questionnaireLists) {
        this.entries = entries;
        this.questionnaireLists = questionnaireLists;
    }

    @Override
    public boolean isActive(String list, String code) {
        return entries.findByListNameAndCode(list, code)
                .filter(CodeListEntry::active)
                .isPresent();
    }

    public List<CodeListEntry> entries(String list) {
        return entries.findByListNameOrderByPosition(list);
    }

    public List<CodeListEntry> active(String list) {
        return entries(list).stream().filter(CodeListEntry::active).toList();
    }

    /** The names, official code, position and active flag of an entry; a new code is added to the list. */
    public record EntryChange(
            String nameFi, String nameSv, String nameEn, String officialCode, Integer position, Boolean active) {}

    @Transactional
    public Recorded<CodeListEntry> change(String list, String code, EntryChange change) {
        if (!NAMES.contains(list)) {
            return new Recorded.Missing<>("No code list '" + list + "': the lists are " + NAMES);
        }
        Fields fields = new Fields(CodeLookup.NONE);
        fields.matching(
                "code", code, ContextRules.EVENT_CODE, "must be 1–64 letters, digits, dots, hyphens or underscores");
        String fi = fields.required("nameFi", change.nameFi(), 255);
        String sv = fields.required("nameSv", change.nameSv(), 255);
        String en = fields.required("nameEn", change.nameEn(), 255);
        Optional<String> official = fields.optional("officialCode", change.officialCode(), 16);
        if (change.position() == null || change.position() < 1) {
            fields.problem("position", "must be a whole number of at least 1");
        }
        if (change.active() == null) {
            fields.problem("active", "must be true or false");
        }
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        Optional<CodeListEntry> existing = entries.findByListNameAndCode(list, code);
        CodeListEntry entry = new CodeListEntry(
                existing.map(CodeListEntry::id).orElse(null),
                list,
                code,
                official.orElse(null),
                fi,
                sv,
                en,
                change.position(),
                change.active());
        CodeListEntry saved = existing.isPresent() ? entries.update(entry) : entries.save(entry);
        questionnaireLists.forget();
        return new Recorded.Saved<>(saved);
    }
}
