package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a questionnaire as an XLSForm workbook (survey, choices and settings sheets) with a
 * {@code label::Finnish (fi)}-style column per offered language. What XLSForm has no column for (concepts, personal
 * data, units, scale end labels, the wording of "other", how many choices to rank, translated titles) goes into
 * {@code mittari_…} columns, which {@link XlsFormImporter} reads back. A matrix becomes a {@code table-list} group of
 * {@code select_one} rows on one list, a Likert scale a {@code likert} select_one over a list valued 1 to N.
 */
public final class XlsFormExporter {

    private static final String YES_NO = "yes_no";

    /** Writes the workbook to {@code out}, which stays open. */
    public void export(Questionnaire questionnaire, OutputStream out) {
        List<Language> languages = questionnaire.languages();
        boolean listNameTaken = questionnaire.question(YES_NO).isPresent();
        String yesNoList = listNameTaken ? YES_NO + "_answers" : YES_NO;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            survey(questionnaire, new SheetWriter(workbook.createSheet("survey"), surveyHeaders(languages)), yesNoList);
            choices(
                    questionnaire,
                    new SheetWriter(
                            workbook.createSheet("choices"), choiceHeaders(languages, attributeNames(questionnaire))),
                    new QuestionChoiceLists(yesNoList));
            settings(questionnaire, new SheetWriter(workbook.createSheet("settings"), settingsHeaders(languages)));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the XLSForm workbook", e);
        }
    }

    /** Each page becomes a group (intro as its hint); a questionnaire without pages has no groups. */
    private static void survey(Questionnaire questionnaire, SheetWriter sheet, String yesNoList) {
        QuestionRowWriter rows = new QuestionRowWriter(yesNoList);
        for (Page page : questionnaire.pages()) {
            if (questionnaire.hasPages()) {
                Map<String, String> begin = new LinkedHashMap<>();
                begin.put("type", "begin group");
                begin.put("name", page.key());
                SheetWriter.putTexts(begin, "label", page.title());
                SheetWriter.putTexts(begin, "hint", page.intro());
                page.relevant().ifPresent(relevant -> begin.put("relevant", XPathWriter.write(relevant)));
                sheet.row(begin);
            }
            for (Question question : questionnaire.questionsOn(page)) {
                rows.rows(question, questionnaire.rulesOf(question.key())).forEach(sheet::row);
            }
            if (questionnaire.hasPages()) {
                sheet.row(Map.of("type", "end group"));
            }
        }
    }

    /** Each list once: yes/no questions share one. */
    private static void choices(Questionnaire questionnaire, SheetWriter sheet, QuestionChoiceLists lists) {
        Set<String> written = new HashSet<>();
        for (Question question : questionnaire.questions()) {
            QuestionChoiceLists.ChoiceList list = lists.of(question);
            if (written.add(list.name())) {
                list.choices().forEach(choice -> sheet.row(choiceRow(list.name(), choice, questionnaire)));
            }
        }
    }

    /** Only the offered languages, so the shared yes/no labels add no language the questionnaire lacks. */
    private static Map<String, String> choiceRow(String list, Choice choice, Questionnaire questionnaire) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("list_name", list);
        cells.put("name", choice.value());
        if (choice.exclusive()) {
            cells.put("mittari_exclusive", "yes"); // "none of these": XLSForm has no column for it
        }
        cells.putAll(choice.attributes());
        choice.label().texts().forEach((language, text) -> {
            if (questionnaire.offers(language)) {
                cells.put(SheetWriter.header("label", language), text);
            }
        });
        return cells;
    }

    private static void settings(Questionnaire questionnaire, SheetWriter sheet) {
        Language main = questionnaire.defaultLanguage();
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("form_id", questionnaire.key());
        cells.put("form_title", questionnaire.title().in(main, main));
        cells.put("default_language", LanguageNames.describe(main));
        SheetWriter.putTexts(cells, "mittari_title", questionnaire.title());
        SheetWriter.putTexts(cells, "mittari_description", questionnaire.description());
        sheet.row(cells);
    }

    private static List<String> surveyHeaders(List<Language> languages) {
        List<String> headers = new ArrayList<>(List.of("type", "name"));
        headers.addAll(SheetWriter.translated("label", languages));
        headers.addAll(SheetWriter.translated("hint", languages));
        headers.addAll(List.of("required", "relevant", "constraint", "choice_filter", "calculation"));
        headers.addAll(SheetWriter.translated("constraint_message", languages));
        headers.addAll(List.of("appearance", "parameters", "mittari_concept", "mittari_personal"));
        headers.addAll(SheetWriter.translated("mittari_unit", languages));
        headers.addAll(SheetWriter.translated("mittari_min_label", languages));
        headers.addAll(SheetWriter.translated("mittari_max_label", languages));
        headers.addAll(SheetWriter.translated("mittari_other_label", languages));
        headers.add("mittari_rank_count");
        return headers;
    }

    private static List<String> choiceHeaders(List<Language> languages, Set<String> attributes) {
        List<String> headers = new ArrayList<>(List.of("list_name", "name"));
        headers.addAll(SheetWriter.translated("label", languages));
        headers.add("mittari_exclusive");
        headers.addAll(attributes);
        return headers;
    }

    /** Every choice attribute, as a column of the choices sheet that choice filters name. */
    private static Set<String> attributeNames(Questionnaire questionnaire) {
        Set<String> names = new java.util.TreeSet<>();
        questionnaire.questions().forEach(question -> question.answerChoices()
                .forEach(choice -> names.addAll(choice.attributes().keySet())));
        return names;
    }

    private static List<String> settingsHeaders(List<Language> languages) {
        List<String> headers = new ArrayList<>(List.of("form_id", "form_title", "default_language"));
        headers.addAll(SheetWriter.translated("mittari_title", languages));
        headers.addAll(SheetWriter.translated("mittari_description", languages));
        return headers;
    }
}
