package fi.mittari.definition.web;

import fi.mittari.definition.StoredDefinition;
import fi.mittari.definition.StoredReportCatalog;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportDefinitionFile;
import fi.mittari.report.definition.ReportPeriod;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;

/**
 * The report definitions in force (the newest version of each code) and the problems of the versions left out, each
 * named by its label, for staff.
 */
@ApiErrors
@Controller("/api/reports/definitions")
@Secured({Roles.ADMIN, Roles.ANALYST})
class ReportDefinitionsApiController {

    private final StoredReportCatalog catalog;

    ReportDefinitionsApiController(StoredReportCatalog catalog) {
        this.catalog = catalog;
    }

    @Get
    Definitions list() {
        StoredReportCatalog.Loaded loaded = catalog.current();
        return new Definitions(
                loaded.all().stream().map(DefinitionView::of).toList(),
                loaded.stored().stream()
                        .map(StoredDefinition::checked)
                        .filter(ReportDefinitionFile::hasErrors)
                        .map(FileProblems::of)
                        .toList());
    }

    /**
     * @param problems the files with errors: a rejected file contributes nothing, another file only its definitions
     *     without errors
     */
    @Serdeable
    record Definitions(List<DefinitionView> definitions, List<FileProblems> problems) {}

    @Serdeable
    record DefinitionView(
            String code,
            String title,
            String language,
            List<String> projects,
            @Nullable String ecosystem,
            String period,
            List<String> indicators,
            List<String> breakdowns,
            @Nullable String schedule,
            OptionsView options,
            @Nullable EmploymentView employment,
            String source,
            int line) {

        static DefinitionView of(ReportDefinition d) {
            return new DefinitionView(
                    d.code(),
                    d.title(),
                    d.language().name().toLowerCase(Locale.ROOT),
                    d.projects(),
                    d.ecosystem().orElse(null),
                    period(d.period()),
                    d.indicators(),
                    d.breakdowns(),
                    d.schedule().orElse(null),
                    new OptionsView(
                            d.options().distributions(),
                            d.options().data(),
                            d.options().openText()),
                    d.employment().map(EmploymentView::of).orElse(null),
                    d.sourceName(),
                    d.line());
        }

        /** As the file writes it: project, previous_year, year_to_date or "2019-01-01 – 2019-12-31". */
        static String period(ReportPeriod period) {
            if (period instanceof ReportPeriod.Fixed fixed) {
                return fixed.from() + " – " + fixed.to();
            }
            if (period instanceof ReportPeriod.PreviousYear) {
                return "previous_year";
            }
            if (period instanceof ReportPeriod.YearToDate) {
                return "year_to_date";
            }
            return "project";
        }
    }

    @Serdeable
    record OptionsView(boolean distributions, boolean data, boolean openText) {}

    @Serdeable
    record EmploymentView(
            String coached, String employed, String rate, @Nullable String byType, String followupWindow) {
        static EmploymentView of(ReportDefinition.EmploymentSection e) {
            return new EmploymentView(
                    e.coached(), e.employed(), e.rate(), e.typeBreakdown().orElse(null), e.followupWindow());
        }
    }

    @Serdeable
    record FileProblems(String source, boolean rejected, List<ProblemView> problems) {
        static FileProblems of(ReportDefinitionFile file) {
            return new FileProblems(
                    file.source(),
                    file.rejected(),
                    file.problems().stream().map(ProblemView::of).toList());
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
