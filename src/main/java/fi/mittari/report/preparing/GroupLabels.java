package fi.mittari.report.preparing;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.CodeLists;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import java.util.List;
import java.util.Optional;

/**
 * Names of breakdowns and of their groups in the report's language: code-list entries (regions, sectors, event types),
 * the choices of the question that asks a concept, months by name; "?" (no value recorded) as "unknown".
 */
final class GroupLabels {

    private final CodeLists codeLists;
    private final List<StoredQuestionnaire> questionnaires;
    private final ReportTexts texts;

    GroupLabels(CodeLists codeLists, QuestionnaireCatalog catalog, ReportTexts texts) {
        this.codeLists = codeLists;
        this.questionnaires = catalog.latestVersions();
        this.texts = texts;
    }

    String breakdown(String key) {
        if (key.startsWith("choice:")) {
            String concept = key.substring("choice:".length());
            return conceptQuestion(concept).map(q -> texts.text(q.label())).orElse(concept);
        }
        return switch (key) {
            case "region" -> texts.pick("maakunta", "landskap", "region");
            case "sector" -> texts.pick("sektori", "sektor", "sector");
            case "event_type" -> texts.pick("tilaisuuden tyyppi", "typ av evenemang", "event type");
            case "month" -> texts.pick("kuukausi", "månad", "month");
            case "quarter" -> texts.pick("vuosineljännes", "kvartal", "quarter");
            case "year" -> texts.pick("vuosi", "år", "year");
            case "project" -> texts.pick("hanke", "projekt", "project");
            case "event" -> texts.pick("tilaisuus", "evenemang", "event");
            default -> key;
        };
    }

    String group(String breakdownKey, String groupKey, Optional<String> stored) {
        if (groupKey.equals("?") || groupKey.isEmpty()) {
            return texts.unknown();
        }
        if (breakdownKey.startsWith("choice:")) {
            return choice(breakdownKey.substring("choice:".length()), groupKey).orElse(stored.orElse(groupKey));
        }
        return switch (breakdownKey) {
            case "region", "sector", "event_type" -> code(breakdownKey, groupKey)
                    .orElse(stored.orElse(groupKey));
            case "month" -> texts.month(groupKey);
            default -> stored.orElse(groupKey);
        };
    }

    /** The entry's name in the report's language. */
    Optional<String> code(String list, String code) {
        return codeLists.entries(list).stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .map(this::name);
    }

    String name(CodeListEntry entry) {
        return texts.pick(entry.nameFi(), entry.nameSv(), entry.nameEn());
    }

    List<CodeListEntry> entries(String list) {
        return codeLists.entries(list);
    }

    /** The label of a choice value of the (newest) question asking {@code concept}. */
    Optional<String> choice(String concept, String value) {
        return conceptQuestion(concept).flatMap(q -> q.singleAnswerChoices().stream()
                .filter(c -> c.value().equals(value))
                .findFirst()
                .map(Choice::label)
                .map(texts::text));
    }

    private Optional<Question> conceptQuestion(String concept) {
        return questionnaires.stream()
                .flatMap(s -> s.questionnaire().questions().stream())
                .filter(q -> q.classification().concept().equals(concept))
                .findFirst();
    }
}
