package fi.mittari.context.web;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.CodeLists;
import fi.mittari.context.web.EventViews.Choice;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A code list's entries by their names in one language: for selects, and to show a stored code as its name. */
final class CodeNames {

    private final Map<String, String> names;
    private final List<Choice> active;

    private CodeNames(List<CodeListEntry> entries, String language) {
        this.names = entries.stream().collect(Collectors.toMap(CodeListEntry::code, e -> name(e, language)));
        this.active = entries.stream()
                .filter(CodeListEntry::active)
                .map(e -> new Choice(e.code(), name(e, language)))
                .toList();
    }

    static CodeNames of(CodeLists lists, String list, String language) {
        return new CodeNames(lists.entries(list), language);
    }

    /** The active entries in the list's order, for a select. */
    List<Choice> choices() {
        return active;
    }

    /** The entry's name; empty for no code, and the code itself only if the list no longer has it. */
    String name(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return names.getOrDefault(code, code);
    }

    static String name(CodeListEntry entry, String language) {
        return switch (language) {
            case "sv" -> entry.nameSv();
            case "en" -> entry.nameEn();
            default -> entry.nameFi();
        };
    }
}
