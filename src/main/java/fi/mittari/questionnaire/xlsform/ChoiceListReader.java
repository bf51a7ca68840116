package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the choices sheet into YAML-ready choice lists by list name, renaming values Mittari would refuse. */
final class ChoiceListReader {

    private final Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
    private final Map<String, String> renamed = new HashMap<>();
    private final Map<String, List<String>> names = new HashMap<>();

    private final ChoiceRepeats repeats;
    private final Language defaultLanguage;

    /** A label showing an answer, at its first label cell: its ${name}s become question keys once those are known. */
    private record Referring(Map<String, Object> label, int row, int column) {}

    private final List<Referring> referring = new ArrayList<>();
    private final String sheetName;

    /** @param allowRepeats whether a list may repeat a name (the settings' {@code allow_choice_duplicates}) */
    ChoiceListReader(SheetTable sheet, Language defaultLanguage, boolean allowRepeats, ImportProblems problems) {
        this.repeats = new ChoiceRepeats(allowRepeats);
        this.defaultLanguage = defaultLanguage;
        this.sheetName = sheet.name();
        LocalizedColumns texts = new LocalizedColumns(sheet, defaultLanguage, problems);
        int listColumn =
                sheet.column("list_name").orElse(sheet.column("list name").orElse(-1));
        int nameColumn = sheet.column("name").orElse(-1);
        for (SheetTable.TableRow row : sheet.rows()) {
            String list = row.get(listColumn);
            String name = row.get(nameColumn);
            Map<Language, String> labels = texts.texts(row, "label");
            if (list.isBlank() && name.isBlank() && labels.isEmpty()) {
                continue; // a comment or spacer row, which pyxform skips too
            }
            if (list.isBlank()) {
                // pyxform groups choices by list_name and skips a row without one: it belongs to no list, so no
                // question could offer it (onadata's good_eats form has such a stray label)
                problems.warning(
                        sheet.name(),
                        row.number(),
                        Math.max(0, listColumn),
                        "this row has no list_name, so it belongs to no choice list and is left out");
                continue;
            }
            if (name.isBlank()) {
                problems.error(sheet.name(), row.number(), nameColumn, "a choice needs both a list_name and a name");
                continue;
            }
            String value = Names.choiceValue(name);
            if (!value.equals(name)) {
                renamed.put(name, value);
                problems.warning(
                        sheet.name(),
                        row.number(),
                        nameColumn,
                        "choice name '" + name + "' became '" + value + "': values are lowercase letters, digits,"
                                + " '-' and '_'");
            }
            Map<String, Object> label = new LinkedHashMap<>();
            labels.forEach((language, text) -> label.put(language.code(), text));
            if (label.isEmpty()) {
                // ODK shows an image or nothing; a respondent here needs words, and the name is the best at hand
                label.put(defaultLanguage.code(), name);
                problems.warning(
                        sheet.name(),
                        row.number(),
                        nameColumn,
                        "choice '" + name + "' has no label; its name is shown as the label");
            } else if (labels.values().stream().anyMatch(text -> text.contains("${"))) {
                referring.add(new Referring(label, row.number(), texts.firstIndex("label")));
            }
            Map<String, String> attributes = attributes(sheet, row, problems);
            repeats.place(list, value, label).to(new ChoiceRepeats.Cases() {
                @Override
                public void own(String stored) {
                    add(list, stored, name, label, attributes, row, sheet);
                }

                @Override
                public void renamed(String stored, int line) {
                    problems.warning(
                            sheet.name(),
                            row.number(),
                            nameColumn,
                            "choice '" + name + "' repeats the name of line " + line
                                    + " with another label, so it is another choice: it is stored as '" + stored
                                    + "' (ODK stores '" + value + "' for both)");
                    // the copies a loop makes of it need names of their own too
                    add(list, stored, stored, label, attributes, row, sheet);
                }

                @Override
                public void merged(Map<String, Object> choice, int line) {
                    repeats.merged(choice, attributes);
                    problems.warning(
                            sheet.name(),
                            row.number(),
                            nameColumn,
                            "choice '" + name + "' repeats line " + line + " with the same label: it is one"
                                    + " choice, stored as '" + value + "' as in ODK, and offered wherever the"
                                    + " choice_filter keeps either row");
                }

                @Override
                public void refused(int line) {
                    problems.error(
                            sheet.name(),
                            row.number(),
                            nameColumn,
                            "choice name '" + name + "' is already in list '" + list + "' on line " + line
                                    + ", so answers could not tell the two apart; if that is meant (one name under"
                                    + " two parents in a cascade), write allow_choice_duplicates: yes on the settings"
                                    + " sheet");
                }
            });
        }
    }

    /** @param name what a loop over the list calls the choice */
    private void add(
            String list,
            String value,
            String name,
            Map<String, Object> label,
            Map<String, String> attributes,
            SheetTable.TableRow row,
            SheetTable sheet) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("value", value);
        choice.put("label", label);
        int exclusiveColumn = sheet.column("mittari_exclusive").orElse(-1);
        if (exclusiveColumn >= 0
                && List.of("yes", "true", "1").contains(row.get(exclusiveColumn).strip())) {
            choice.put("exclusive", true);
        }
        if (!attributes.isEmpty()) {
            choice.put("attributes", attributes);
        }
        lists.computeIfAbsent(list, l -> new ArrayList<>()).add(choice);
        names.computeIfAbsent(list, l -> new ArrayList<>()).add(name);
        repeats.kept(list, choice, row.number());
    }

    /** The row's other plainly named columns, which a choice_filter may compare with; the rest is reported. */
    private static Map<String, String> attributes(SheetTable sheet, SheetTable.TableRow row, ImportProblems problems) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int c = 0; c < sheet.headers().size(); c++) {
            String header = sheet.headers().get(c);
            boolean known = header.equals("list_name")
                    || header.equals("list name")
                    || header.equals("name")
                    || header.equals("mittari_exclusive")
                    || header.startsWith("label");
            if (!known && !row.get(c).isBlank() && isAttribute(header)) {
                // a column a choice_filter may compare with, such as the region a municipality lies in
                attributes.put(header, row.get(c).strip());
            } else if (!known && !row.get(c).isBlank()) {
                problems.warning(
                        sheet.name(),
                        row.number(),
                        c,
                        "column '" + header + "' is not supported in" + " choices; ignored");
            }
        }
        return attributes;
    }

    /** Media columns show something Mittari does not; any other plainly named column is an attribute of the choice. */
    private static boolean isAttribute(String header) {
        return ATTRIBUTE.matcher(header).matches() && !MEDIA.contains(header) && !header.equals("value");
    }

    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final java.util.Set<String> MEDIA = java.util.Set.of("image", "audio", "video", "big_image");

    Map<String, List<Map<String, Object>>> lists() {
        return lists;
    }

    /** The names of a list's choices as the sheet writes them, in the order of {@link #lists()}. */
    List<String> names(String list) {
        return names.getOrDefault(list, List.of());
    }

    /** What a choice_filter over these choices needs: the language of a bare label, and the repeated choices. */
    ChoiceFilterSource filterSource() {
        return new ChoiceFilterSource(defaultLanguage, repeats);
    }

    /** Choice names that had to change, old to new, so expressions comparing with them can be refused. */
    Map<String, String> renamed() {
        return renamed;
    }

    /**
     * ${name} in a choice's label names a survey row, as in a question's label; Mittari spells it with the question's
     * key, which may differ. An unknown name is refused at the label's cell; whether the question comes before the
     * choice's is checked when the questionnaire is read, as for any label.
     */
    void keyReferences(XPathTranslator translator, ImportProblems problems) {
        TextReferences references = new TextReferences(translator);
        for (Referring r : referring) {
            Map<String, Object> keyed = references.keyed("label", r.label(), new TextReferences.Cell() {
                @Override
                public void error(String message) {
                    problems.error(sheetName, r.row(), r.column(), message);
                }

                @Override
                public void warning(String message) {
                    problems.warning(sheetName, r.row(), r.column(), message);
                }
            });
            r.label().putAll(keyed);
        }
    }
}
