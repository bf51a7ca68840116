package fi.mittari.context;

import fi.mittari.context.persistence.CodeListEntryRepository;
import fi.mittari.questionnaire.CodeListSnapshot;
import fi.mittari.questionnaire.CodeListSource;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.ListedCode;
import fi.mittari.questionnaire.LocalizedText;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code lists as questionnaires take their choices from them ({@code choicesFrom: region}): every list, each entry
 * with its names in Finnish, Swedish and English, retired entries included so that stored answers keep their names.
 * Read from the database at each look-up, so that every instance of a cluster sees a renamed or added entry at once.
 */
@Singleton
class QuestionnaireCodeLists implements CodeListSource {

    private final CodeListEntryRepository entries;

    QuestionnaireCodeLists(CodeListEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public CodeListSnapshot current() {
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
