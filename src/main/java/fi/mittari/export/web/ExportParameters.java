package fi.mittari.export.web;

import fi.mittari.export.ExportFilter;
import fi.mittari.export.ExportFormat;
import fi.mittari.export.ExportRequest;
import fi.mittari.questionnaire.Language;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An export's choices as request parameters, the same for the staff form and the API: {@code format} (csv, xlsx,
 * csv_zip, spss, r, stata), {@code from} and {@code to} (yyyy-mm-dd), {@code partial}, {@code campaign}, {@code
 * language} (of the responses), {@code values} (codes or labels), {@code bom}, {@code labelLanguage} and {@code
 * sensitive}. Each value is bounded; what cannot be read is a problem naming the field, never a guess.
 */
final class ExportParameters {

    /** Longer than any valid value (a campaign slug is at most 64 characters). */
    static final int MAX_LENGTH = 100;

    public record Problem(String field, String reason, String value) {}

    /** Either a request or the problems that stopped it. */
    record Parsed(Optional<ExportRequest> request, List<Problem> problems) {}

    private ExportParameters() {}

    /**
     * {@code fixedFormat}: the format the address already names (answers.csv, answers.xlsx), or empty when the {@code
     * format} parameter chooses: among the ZIP formats only when {@code zipOnly} (answers.zip).
     */
    static Parsed parse(
            Map<String, String> values, Optional<ExportFormat> fixedFormat, boolean zipOnly, Language defaultLanguage) {
        List<Problem> problems = new ArrayList<>();
        values.forEach((name, value) -> {
            if (value.length() > MAX_LENGTH) {
                problems.add(new Problem(name, "tooLong", ""));
            }
        });
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        ExportFormat format = fixedFormat.orElse(ExportFormat.CSV_ZIP);
        if (fixedFormat.isEmpty()) {
            String asked = text(values, "format").orElse(format.parameter());
            Optional<ExportFormat> known = ExportFormat.fromParameter(asked).filter(f -> f.zip() || !zipOnly);
            if (known.isEmpty()) {
                problems.add(new Problem("format", "unknownFormat", asked));
            }
            format = known.orElse(format);
        }
        Optional<LocalDate> from = day(values, "from", problems);
        Optional<LocalDate> to = day(values, "to", problems);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(new Problem("to", "toBeforeFrom", to.get().toString()));
        }
        Optional<Language> language = text(values, "language").flatMap(code -> {
            Optional<Language> known = exactLanguage(code);
            if (known.isEmpty()) {
                problems.add(new Problem("language", "unknownLanguage", code));
            }
            return known;
        });
        Language labels = text(values, "labelLanguage")
                .flatMap(ExportParameters::exactLanguage)
                .orElse(defaultLanguage);
        String shown = text(values, "values").orElse("codes");
        if (!shown.equals("codes") && !shown.equals("labels")) {
            problems.add(new Problem("values", "unknownValues", shown));
        }
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        ExportFilter filter = new ExportFilter(from, to, flag(values, "partial"), text(values, "campaign"), language);
        return new Parsed(
                Optional.of(new ExportRequest(
                        filter,
                        format,
                        shown.equals("labels"),
                        flag(values, "bom"),
                        labels,
                        flag(values, "sensitive"))),
                List.of());
    }

    private static Optional<String> text(Map<String, String> values, String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A checkbox sends "on"; the API "true". */
    private static boolean flag(Map<String, String> values, String name) {
        return text(values, name).map(v -> v.equals("on") || v.equals("true")).orElse(false);
    }

    private static Optional<Language> exactLanguage(String code) {
        return Language.fromCode(code).filter(l -> l.code().equals(code));
    }

    private static Optional<LocalDate> day(Map<String, String> values, String name, List<Problem> problems) {
        Optional<String> text = text(values, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(name, "notADay", text.get()));
            return Optional.empty();
        }
    }
}
