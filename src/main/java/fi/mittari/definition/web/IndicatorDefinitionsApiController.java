package fi.mittari.definition.web;

import fi.mittari.definition.StoredDefinition;
import fi.mittari.definition.StoredIndicatorCatalog;
import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.IndicatorFile;
import fi.mittari.indicator.definition.MeasureDescription;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The indicator definitions in force (the newest version of each code) and the problems of the versions left out, for
 * staff checking their definitions. {@code rejectedFiles} names each such version by its label.
 */
@ApiErrors
@Controller("/api/indicators/definitions")
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class IndicatorDefinitionsApiController {

    private final StoredIndicatorCatalog catalog;

    IndicatorDefinitionsApiController(StoredIndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    @Get
    Definitions list() {
        StoredIndicatorCatalog.Loaded loaded = catalog.current();
        return new Definitions(
                loaded.all().stream().map(DefinitionView::of).toList(),
                loaded.stored().stream()
                        .map(StoredDefinition::checked)
                        .filter(IndicatorFile::rejected)
                        .map(RejectedFile::of)
                        .toList());
    }

    @Serdeable
    record Definitions(List<DefinitionView> definitions, List<RejectedFile> rejectedFiles) {}

    @Serdeable
    record DefinitionView(
            String code,
            Map<String, String> name,
            Map<String, String> definition,
            Map<String, String> unit,
            int decimals,
            String basis,
            String measure,
            List<String> breakdowns,
            List<TargetView> targets,
            String source) {

        static DefinitionView of(IndicatorDefinition d) {
            return new DefinitionView(
                    d.code(),
                    texts(d.name()),
                    texts(d.definition()),
                    texts(d.unit()),
                    d.decimals(),
                    d.basis().name().toLowerCase(Locale.ROOT),
                    MeasureDescription.of(d.measure()),
                    d.breakdowns().stream().map(Breakdown::key).toList(),
                    d.targets().stream()
                            .map(t -> new TargetView(
                                    t.project(), t.value(), t.baseline().orElse(null)))
                            .toList(),
                    d.sourceName());
        }

        private static Map<String, String> texts(LocalizedText text) {
            Map<String, String> byCode = new TreeMap<>();
            text.texts().forEach((language, value) -> byCode.put(language.code(), value));
            return byCode;
        }
    }

    @Serdeable
    record TargetView(String project, BigDecimal value, @Nullable BigDecimal baseline) {}

    @Serdeable
    record RejectedFile(String source, List<ProblemView> problems) {
        static RejectedFile of(IndicatorFile file) {
            return new RejectedFile(
                    file.source(), file.problems().stream().map(ProblemView::of).toList());
        }
    }

    @Serdeable
    record ProblemView(int line, int column, String path, String message, String severity, String text) {
        static ProblemView of(DefinitionProblem p) {
            return new ProblemView(
                    p.line(),
                    p.column(),
                    p.path(),
                    p.message(),
                    p.severity().name().toLowerCase(Locale.ROOT),
                    p.describe());
        }
    }
}
