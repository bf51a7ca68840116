package fi.mittari.questionnaire.builder.web;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A question page's form as a browser sends it, kept apart from the test classes the Micronaut processor reads. */
final class QuestionPageForm {

    private QuestionPageForm() {}

    /**
     * The form's fields as a browser sends them; with {@code fill}, every box ticked, every text written in its
     * language and every one-line value given one that fits the field. Choice values, keys, the type and the pickers
     * are sent as shown.
     */
    static List<String[]> fields(String html, boolean fill) {
        Element form = Jsoup.parse(html).select("#question-form").first();
        List<String[]> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.attr("type");
            boolean picker = name.startsWith("relevant.") || name.startsWith("constraint.");
            if (type.equals("submit") || name.equals("op")) {
                continue;
            }
            if (type.equals("radio") || (type.equals("checkbox") && (picker || !fill))) {
                if (input.hasAttr("checked")) {
                    fields.add(new String[] {name, input.val()});
                }
            } else if (type.equals("checkbox")) {
                fields.add(new String[] {name, "true"});
            } else if (input.tagName().equals("select")) {
                List<Element> chosen = input.select("option[selected]");
                if (chosen.isEmpty() && !input.hasAttr("multiple")) {
                    chosen = List.of(input.select("option").get(0));
                }
                String value = fill && name.equals("appearance") ? "dropdown" : null;
                chosen.forEach(option -> fields.add(new String[] {name, value != null ? value : option.val()}));
            } else {
                String shown = input.tagName().equals("textarea") ? input.text() : input.val();
                fields.add(new String[] {name, fill && !picker ? filled(name, shown, form) : shown});
            }
        }
        fields.add(new String[] {"op", "save"});
        return fields;
    }

    private static String filled(String name, String shown, Element form) {
        String type = form.select("select[name=type] option[selected]").val();
        if (name.endsWith(".fi") || name.endsWith(".sv")) {
            return name.startsWith("choice.") || name.startsWith("item.") ? shown : "Teksti " + name;
        }
        return switch (name) {
            case "concept" -> "outcome.tested";
            case "min" -> switch (type) {
                case "date" -> "2025-01-01";
                case "time" -> "08:00";
                case "datetime" -> "2025-01-01T08:00";
                default -> "1";
            };
            case "max" -> switch (type) {
                case "date" -> "2025-12-31";
                case "time" -> "17:30";
                case "datetime" -> "2025-12-31T17:30";
                default -> "5";
            };
            case "minSelected" -> "1";
            case "maxSelected" -> "2";
            case "maxLength" -> "500";
            case "points" -> "5";
            case "rankCount" -> "1";
            case "calculation" -> "round(q_number / 3, 1)";
            default -> shown;
        };
    }
}
