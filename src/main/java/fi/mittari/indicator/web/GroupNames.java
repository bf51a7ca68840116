package fi.mittari.indicator.web;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.CodeLists;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Names of breakdowns and of their groups in the page's language, as people know them: code-list entries (regions,
 * sectors, event types) by name, a choice by the label of the question that asks its concept, months by name. Codes
 * are what the engine stores; a person reads names.
 */
@Singleton
class GroupNames implements IndicatorSections.Names {

    private final CodeLists codeLists;
    private final QuestionnaireCatalog questionnaires;

    GroupNames(CodeLists codeLists, QuestionnaireCatalog questionnaires) {
        this.codeLists = codeLists;
        this.questionnaires = questionnaires;
    }

    /** What the groups of a breakdown are: "Maakunta", or the question's label for a choice breakdown. */
    @Override
    public String breakdown(String key, Language language) {
        if (key.startsWith("choice:")) {
            String concept = key.substring("choice:".length());
            return question(concept)
                    .map(q -> q.label().in(language, Language.FI))
                    .filter(label -> !label.isBlank())
                    .orElse(concept);
        }
        return switch (key) {
            case "region" -> pick(language, "Maakunta", "Landskap", "Region");
            case "sector" -> pick(language, "Sektori", "Sektor", "Sector");
            case "event_type" -> pick(language, "Tilaisuuden tyyppi", "Typ av evenemang", "Event type");
            case "month" -> pick(language, "Kuukausi", "Månad", "Month");
            case "quarter" -> pick(language, "Vuosineljännes", "Kvartal", "Quarter");
            case "year" -> pick(language, "Vuosi", "År", "Year");
            case "project" -> pick(language, "Hanke", "Projekt", "Project");
            case "event" -> pick(language, "Tilaisuus", "Evenemang", "Event");
            default -> key;
        };
    }

    /** A group's name; "?" (nothing recorded) is "unknown". */
    @Override
    public String group(String breakdownKey, String groupKey, Optional<String> stored, Language language) {
        if (groupKey.equals("?") || groupKey.isEmpty()) {
            return pick(language, "Tuntematon", "Okänd", "Unknown");
        }
        if (breakdownKey.startsWith("choice:")) {
            return choice(breakdownKey.substring("choice:".length()), groupKey, language)
                    .orElse(stored.orElse(groupKey));
        }
        return switch (breakdownKey) {
            case "region", "sector", "event_type" -> entry(breakdownKey, groupKey, language)
                    .orElse(stored.orElse(groupKey));
            case "month" -> month(groupKey, language).orElse(groupKey);
            default -> stored.orElse(groupKey);
        };
    }

    private Optional<String> entry(String list, String code, Language language) {
        return codeLists.entries(list).stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .map(e -> name(e, language));
    }

    private static String name(CodeListEntry entry, Language language) {
        return pick(language, entry.nameFi(), entry.nameSv(), entry.nameEn());
    }

    private Optional<String> choice(String concept, String value, Language language) {
        return question(concept).flatMap(q -> q.singleAnswerChoices().stream()
                .filter(c -> c.value().equals(value))
                .findFirst()
                .map(Choice::label)
                .map(label -> label.in(language, Language.FI)));
    }

    private Optional<Question> question(String concept) {
        return questionnaires.latestVersions().stream()
                .flatMap(s -> s.questionnaire().questions().stream())
                .filter(q -> q.classification().concept().equals(concept))
                .findFirst();
    }

    private static Optional<String> month(String key, Language language) {
        try {
            String name = YearMonth.parse(key).format(DateTimeFormatter.ofPattern("LLLL yyyy", language.locale()));
            return Optional.of(name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1));
        } catch (java.time.format.DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }

    static String pick(Language language, String fi, String sv, String en) {
        return switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }
}
