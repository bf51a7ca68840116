package fi.mittari.definition.web;

import fi.mittari.definition.DefinitionDraft;
import fi.mittari.definition.DefinitionKind;
import fi.mittari.definition.EditingDefinitions;
import fi.mittari.definition.StoredDefinition;
import fi.mittari.definition.StoredIndicatorCatalog;
import fi.mittari.definition.StoredReportCatalog;
import fi.mittari.indicator.definition.IndicatorFile;
import fi.mittari.questionnaire.Language;
import fi.mittari.report.definition.ReportDefinitionFile;
import fi.mittari.yaml.DefinitionProblem;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The definitions as the pages name them: an indicator by its name in the page's language, a report by its title
 * (written in the report's language); a definition not yet published by what its draft says, else by its code.
 */
@Singleton
class DefinitionNames {

    private final StoredIndicatorCatalog indicators;
    private final StoredReportCatalog reports;
    private final EditingDefinitions editing;

    DefinitionNames(StoredIndicatorCatalog indicators, StoredReportCatalog reports, EditingDefinitions editing) {
        this.indicators = indicators;
        this.reports = reports;
        this.editing = editing;
    }

    static Language language(Locale locale) {
        return Language.fromCode(locale.getLanguage()).orElse(Language.FI);
    }

    /** Every definition of the kind, published or only drafted, by name. */
    List<DefinitionPages.Row> rows(DefinitionKind kind, Language language) {
        List<DefinitionDraft> drafts = editing.drafts(kind);
        List<DefinitionPages.Row> rows = new ArrayList<>();
        for (StoredDefinition<?> stored : stored(kind)) {
            String code = stored.version().code();
            rows.add(new DefinitionPages.Row(
                    kind.code(),
                    code,
                    nameOf(stored, language).orElse(code),
                    stored.version().versionNumber(),
                    stored.version().source().code(),
                    stored.errors(),
                    stored.problems().size() - stored.errors(),
                    drafts.stream().anyMatch(d -> d.code().equals(code))));
        }
        drafts.stream()
                .filter(d -> rows.stream().noneMatch(r -> r.code().equals(d.code())))
                .forEach(d -> rows.add(new DefinitionPages.Row(kind.code(), d.code(), d.code(), 0, "", 0, 0, true)));
        rows.sort(Comparator.comparing(DefinitionPages.Row::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    String name(DefinitionKind kind, String code, Language language) {
        return stored(kind).stream()
                .filter(s -> s.version().code().equals(code))
                .findFirst()
                .flatMap(s -> nameOf(s, language))
                .orElse(code);
    }

    /** The newest version's problems, as checked against the others in force. */
    List<DefinitionProblem> problems(DefinitionKind kind, String code) {
        return stored(kind).stream()
                .filter(s -> s.version().code().equals(code))
                .findFirst()
                .map(StoredDefinition::problems)
                .orElse(List.of());
    }

    private List<? extends StoredDefinition<?>> stored(DefinitionKind kind) {
        return kind == DefinitionKind.INDICATOR
                ? indicators.current().stored()
                : reports.current().stored();
    }

    private static Optional<String> nameOf(StoredDefinition<?> stored, Language language) {
        if (stored.read() instanceof IndicatorFile file && !file.definitions().isEmpty()) {
            return Optional.of(file.definitions().get(0).definition().name().in(language, Language.FI));
        }
        if (stored.read() instanceof ReportDefinitionFile file
                && !file.reports().isEmpty()) {
            return Optional.of(file.reports().get(0).definition().title());
        }
        return Optional.empty();
    }
}
