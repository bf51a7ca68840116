package fi.mittari.questionnaire.web;

import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A warning of an XLSForm import as JSON, what the staff page lists: the sheet and cell it is about and what the
 * import left out or changed there, in the importer's English.
 */
@Serdeable
@Schema(description = "What the import left out or changed at a cell of the workbook")
record ImportWarningView(
        @Schema(
                        description = "The workbook's sheet, such as survey",
                        example = "survey",
                        requiredMode = Schema.RequiredMode.REQUIRED)
                String sheet,
        @Schema(
                        description = "The cell in that sheet, such as A3",
                        example = "A3",
                        requiredMode = Schema.RequiredMode.REQUIRED)
                String cell,
        String message) {

    static ImportWarningView of(DefinitionProblem warning) {
        // The importer places every problem at "sheet!cell"; a sheet's name may itself hold '!'.
        String path = warning.path();
        int bang = path.lastIndexOf('!');
        return bang < 0
                ? new ImportWarningView(path, "", warning.message())
                : new ImportWarningView(path.substring(0, bang), path.substring(bang + 1), warning.message());
    }

    static List<ImportWarningView> all(List<DefinitionProblem> warnings) {
        return warnings.stream().map(ImportWarningView::of).toList();
    }
}
