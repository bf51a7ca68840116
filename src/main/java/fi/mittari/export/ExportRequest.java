package fi.mittari.export;

import fi.mittari.questionnaire.Language;

/**
 * An export as asked: which responses, in which form, with codes or their labels in the cells (CSV and XLSX; the
 * scripts always read codes and label them themselves), a byte order mark for Excel in front of the CSV, the labels'
 * language, and whether personal questions and open texts are included (allowed only to some roles).
 */
public record ExportRequest(
        ExportFilter filter,
        ExportFormat format,
        boolean labels,
        boolean byteOrderMark,
        Language language,
        boolean sensitive) {}
