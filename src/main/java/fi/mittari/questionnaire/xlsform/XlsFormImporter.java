package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Converts an XLSForm workbook (survey, choices and settings sheets) into Mittari questionnaire YAML. Everything that
 * does not map is reported against its cell: an error when the questionnaire would come out wrong, a warning when only
 * a detail is lost. Validate the YAML with {@code QuestionnaireYamlReader}; this class only translates.
 */
public final class XlsFormImporter {

    /**
     * Reads the workbook; {@code source} (usually the file name) labels the problems. Never throws for bad input. A
     * question Mittari cannot ask refuses the form ({@link UnaskableQuestions#REFUSE}).
     */
    public XlsFormImport importWorkbook(String source, InputStream xlsx) {
        return importWorkbook(source, xlsx, UnaskableQuestions.REFUSE);
    }

    /** Reads the workbook, refusing or leaving out the questions Mittari cannot ask as {@code unaskable} says. */
    public XlsFormImport importWorkbook(String source, InputStream xlsx, UnaskableQuestions unaskable) {
        ImportProblems problems = new ImportProblems(source);
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            return convert(source, workbook, unaskable, problems);
        } catch (IOException | RuntimeException unreadable) {
            // POI signals a corrupt or non-OOXML file with assorted runtime exceptions.
            problems.error("workbook", 1, 0, "not a readable .xlsx workbook: " + unreadable.getMessage());
            return new XlsFormImport("", problems.all());
        }
    }

    private XlsFormImport convert(
            String source, Workbook workbook, UnaskableQuestions unaskable, ImportProblems problems) {
        // pyxform reads a workbook of one sheet as the survey, whatever the sheet is called
        Optional<SheetTable> survey = sheet(workbook, "survey", problems)
                .or(() -> workbook.getNumberOfSheets() == 1
                        ? Optional.of(read(workbook.getSheetAt(0), problems))
                        : Optional.empty());
        if (survey.isEmpty()) {
            problems.error("survey", 1, 0, "the workbook has no survey sheet");
            return new XlsFormImport("", problems.all());
        }
        FormSettings settings = FormSettings.read(
                sheet(workbook, "settings", problems).orElse(SheetTable.empty("settings")),
                source,
                onlyLabelLanguage(survey.get()),
                namedLabelLanguages(survey.get()),
                problems);
        Language main = settings.defaultLanguage();
        LocalizedColumns surveyTexts = new LocalizedColumns(survey.get(), main, problems);
        SheetTable choicesSheet = sheet(workbook, "choices", problems).orElse(SheetTable.empty("choices"));
        ChoiceListReader choices = new ChoiceListReader(choicesSheet, main, settings.allowChoiceDuplicates(), problems);
        // select_one_external reads this sheet; it is read only when there is one, so a form without it gets no
        // warnings for it
        Optional<ChoiceListReader> externalChoices = sheet(workbook, "external_choices", problems)
                .map(sheet -> new ChoiceListReader(sheet, main, settings.allowChoiceDuplicates(), problems));
        var asked = UnaskableRows.apply(
                unaskable, GeneratedNoteNames.named(survey.get()), choicesSheet, surveyTexts, problems);
        var grouped = GroupedNames.rename(
                RepeatExpansion.expand(
                        LoopExpansion.expand(
                                RelativePaths.resolve(asked.survey(), problems), choices, surveyTexts, problems),
                        surveyTexts,
                        problems),
                problems);
        SheetTable surveySheet = grouped.survey();
        Map<String, Integer> rowsByKey = new HashMap<>();
        Map<String, String> keys = grouped.withRenamed(keys(surveySheet, problems, rowsByKey));
        var metadata = MetadataRows.of(surveySheet, choicesSheet);
        List<SurveyRow> rows = surveySheet.rows().stream()
                .map(row -> new SurveyRow(surveySheet, row, surveyTexts, problems))
                .toList();
        var translator = new XPathTranslator(
                        asked.referable(keys),
                        choices.renamed(),
                        ShownCalculations.valuelessNotes(rows),
                        choices.filterSource())
                .knowing(metadata, grouped::ambiguity, ShownCalculations.hiddenValues(rows));
        choices.keyReferences(translator, problems);
        externalChoices.ifPresent(external -> external.keyReferences(translator, problems));
        var converter = new SurveyRowConverter(
                keys, choices.lists(), externalChoices.map(ChoiceListReader::lists), translator, metadata, main);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("key", settings.key());
        root.put("defaultLanguage", main.code());
        root.put("languages", languages(main, surveyTexts));
        root.put("title", YamlText.texts(settings.title()));
        if (!settings.description().isEmpty()) {
            root.put("description", YamlText.texts(settings.description()));
        }
        var listNames = choices.lists().keySet();
        if (PageAssembler.hasGroups(rows, listNames)) {
            var assembler = new PageAssembler(
                    keys, converter, translator, YamlText.texts(settings.title()), main.code(), listNames);
            root.put("pages", assembler.pages(rows));
        } else {
            List<Object> questions = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Optional<MatrixGroup> matrix = MatrixGroup.at(rows, i, listNames);
                if (matrix.isPresent()) {
                    converter
                            .matrix(
                                    rows.get(i),
                                    matrix.get().items(),
                                    matrix.get().listName())
                            .ifPresent(questions::add);
                    i = matrix.get().endIndex();
                } else {
                    questions.addAll(converter.convertAll(rows.get(i)));
                }
            }
            root.put("questions", questions);
        }
        return new XlsFormImport(YamlText.dump(root), problems.all(), cells(surveySheet, rowsByKey));
    }

    private static SurveyCells cells(SheetTable survey, Map<String, Integer> rowsByKey) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = survey.headers().size() - 1; c >= 0; c--) {
            // a translated column (label::English) stands for its base name too; the first one wins
            String header = survey.headers().get(c);
            columns.put(header, c);
            columns.put(header.split(":", 2)[0], c);
        }
        return new SurveyCells(survey.name(), rowsByKey, columns);
    }

    /**
     * The language of the survey's labels when the label columns name one language Mittari offers
     * ({@code label::English}), beside any it does not ({@code label::Swahili}), whose columns are reported and left
     * out: the form can be asked in that language only.
     */
    private static Optional<Language> onlyLabelLanguage(SheetTable survey) {
        List<Language> named = namedLabelLanguages(survey);
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The languages Mittari offers that the label columns name, in column order; none when one names no language. */
    private static List<Language> namedLabelLanguages(SheetTable survey) {
        List<Language> named = new ArrayList<>();
        for (String header : survey.headers()) {
            if (header.equals("label")) {
                return List.of();
            }
            if (header.startsWith("label::")) {
                LanguageNames.parse(header.substring("label::".length()))
                        .filter(language -> !named.contains(language))
                        .ifPresent(named::add);
            }
        }
        return named;
    }

    private static List<String> languages(Language main, LocalizedColumns surveyTexts) {
        List<String> codes = new ArrayList<>(List.of(main.code()));
        surveyTexts.languages("label").stream()
                .map(Language::code)
                .filter(code -> !codes.contains(code))
                .forEach(codes::add);
        return codes;
    }

    /** Every name becomes a key before any row is converted, so expressions can refer to any of them. */
    private static Map<String, String> keys(
            SheetTable survey, ImportProblems problems, Map<String, Integer> rowsByKey) {
        Map<String, String> keys = new LinkedHashMap<>();
        int nameColumn = survey.column("name").orElse(0);
        for (SheetTable.TableRow row : survey.rows()) {
            String name = survey.value(row, "name");
            // the end of a group or repeat has no key of its own; "end" alone is metadata, which may be referred to
            String type = survey.value(row, "type").strip().toLowerCase(java.util.Locale.ROOT);
            if (name.isBlank() || type.startsWith("end") && !type.equals("end")) {
                continue;
            }
            String key = Names.questionKey(name);
            if (!key.equals(name)) {
                problems.warning(
                        survey.name(),
                        row.number(),
                        nameColumn,
                        "name '" + name + "' became key '" + key
                                + "': keys are lowercase letters, digits and '_'; references to it are rewritten");
            }
            Integer first = rowsByKey.putIfAbsent(key, row.number());
            if (first != null) {
                problems.error(
                        survey.name(),
                        row.number(),
                        nameColumn,
                        "name '" + name + "' gives key '" + key + "', which row " + first + " already has");
            }
            keys.putIfAbsent(name, key);
        }
        return keys;
    }

    private static Optional<SheetTable> sheet(Workbook workbook, String name, ImportProblems problems) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().equalsIgnoreCase(name)) {
                return Optional.of(read(sheet, problems));
            }
        }
        return Optional.empty();
    }

    private static SheetTable read(Sheet sheet, ImportProblems problems) {
        SheetTable table = SheetTable.of(sheet);
        table.reportRepeatedColumns(problems);
        return table;
    }
}
