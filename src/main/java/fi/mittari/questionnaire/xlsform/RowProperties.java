package fi.mittari.questionnaire.xlsform;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Adds the properties of a survey row to its question, and reports every filled cell that has nowhere to go. */
final class RowProperties {

    private static final Set<String> HANDLED = Set.of(
            "type",
            "name",
            "label",
            "hint",
            "required",
            "relevant",
            "constraint",
            "constraint_message",
            "appearance",
            "parameters",
            "mittari_concept",
            "mittari_personal",
            "mittari_unit",
            "mittari_min_label",
            "mittari_max_label",
            "mittari_other_label",
            "mittari_rank_count");
    private static final Map<String, String> LOST = Map.of(
            "default", "default answers are not supported; ignored",
            "calculation", "only a calculate row is worked out from its calculation; ignored",
            "read_only", "read_only is not supported; ignored",
            "trigger", "triggers are not supported; ignored",
            "required_message", "Mittari shows its own message for a missing answer; required_message is ignored");

    private final XPathTranslator translator;

    RowProperties(XPathTranslator translator) {
        this.translator = translator;
    }

    void addCommon(SurveyRow row, String type, Map<String, Object> question) {
        boolean takesAnswer = !type.equals("note");
        Optional<Boolean> required = row.flag("required");
        if (required.isEmpty()) {
            row.error(
                    "required",
                    "required '" + row.value("required") + "' is not yes or no; conditional"
                            + " requirements are not supported");
        } else if (required.get() && type.equals("note")) {
            row.warning("required", "a note takes no answer, so required is ignored");
        } else if (required.get() && type.equals("calculate")) {
            row.warning("required", "a calculation is worked out by the server, never asked, so required is ignored");
        } else if (!required.get() && type.equals("consent")) {
            row.warning("required", "an acknowledge becomes a consent, which is always required in Mittari");
        } else if (required.get() && !type.equals("consent")) {
            question.put("required", true);
        }
        row.texts("label")
                .map(label -> answerReferences(row, "label", label))
                .ifPresent(label -> question.put("label", label));
        row.texts("hint")
                .map(hint -> answerReferences(row, "hint", hint))
                .ifPresent(hint -> question.put("hint", hint));
        if (takesAnswer) {
            if (row.has("mittari_concept")) {
                question.put("concept", row.value("mittari_concept"));
            }
            row.flag("mittari_personal").filter(personal -> personal).ifPresent(p -> question.put("personal", true));
        } else if (row.has("mittari_concept") || row.has("mittari_personal")) {
            row.warning(
                    row.has("mittari_concept") ? "mittari_concept" : "mittari_personal",
                    "a note takes no answer, so it has no concept and is not personal data; ignored");
        }
        expression(row, "relevant").ifPresent(relevant -> question.put("relevant", relevant));
        constraint(row, type, question);
        appearance(row, type, question);
        reportUnused(row, type);
    }

    /** The choice filter of a select row over its choices, translated; see {@link ChoiceFilterRows}. */
    Optional<String> choiceFilter(SurveyRow row, java.util.List<Map<String, Object>> choices) {
        return new ChoiceFilterRows(translator).translate(row, choices);
    }

    /** ${name} in a label or hint names a survey row; see {@link TextReferences}. */
    private Map<String, Object> answerReferences(SurveyRow row, String header, Map<String, Object> texts) {
        return new TextReferences(translator).keyed(header, texts, new TextReferences.Cell() {
            @Override
            public void error(String message) {
                row.error(header, message);
            }

            @Override
            public void warning(String message) {
                row.warning(header, message);
            }
        });
    }

    void addTypeSpecific(SurveyRow row, String type, Map<String, Object> question) {
        if (type.equals("number")) {
            row.texts("mittari_unit").ifPresent(unit -> question.put("unit", unit));
        } else if (type.equals("rating") || type.equals("likert")) {
            row.texts("mittari_min_label").ifPresent(text -> question.put("minLabel", text));
            row.texts("mittari_max_label").ifPresent(text -> question.put("maxLabel", text));
        } else if (type.equals("ranking") && row.has("mittari_rank_count")) {
            try {
                question.put(
                        "rankCount",
                        Integer.parseInt(row.value("mittari_rank_count").strip()));
            } catch (NumberFormatException e) {
                row.error("mittari_rank_count", "mittari_rank_count must be a whole number");
            }
        }
    }

    private void constraint(SurveyRow row, String type, Map<String, Object> question) {
        Optional<Map<String, Object>> message = row.texts("constraint_message");
        if (type.equals("calculate") && row.has("constraint")) {
            row.warning("constraint", "a calculation is never answered, so it has nothing to constrain; ignored");
            return;
        }
        if (!row.has("constraint")) {
            message.ifPresent(m ->
                    row.warning("constraint_message", "a constraint_message without a constraint is" + " ignored"));
            return;
        }
        ConstraintBounds bounds = ConstraintBounds.of(type, row.value("constraint"));
        if (bounds.rest().isBlank() && message.isPresent()) {
            // Bounds alone show Mittari's own messages; keep the author's message by keeping the constraint.
            bounds = ConstraintBounds.none(row.value("constraint"));
        }
        bounds.min().ifPresent(min -> question.put("min", min));
        bounds.max().ifPresent(max -> question.put("max", max));
        bounds.maxLength().ifPresent(length -> question.put("maxLength", Integer.parseInt(length)));
        if (!bounds.rest().isBlank()) {
            expression(row, "constraint", bounds.rest()).ifPresent(constraint -> {
                question.put("constraint", constraint);
                message.ifPresent(m -> question.put("constraintMessage", m));
            });
        }
    }

    /** The translated expression in the row's {@code header} column; empty when blank or (reported) untranslatable. */
    Optional<String> expression(SurveyRow row, String header) {
        if (!row.has(header)) {
            return Optional.empty();
        }
        String xpath = row.value(header).strip();
        if (header.equals("relevant") && NUMBER.matcher(xpath).matches()) {
            // XPath's boolean() of a number: how a form author switches a question off (0) or on for now
            boolean shown = Double.parseDouble(xpath) != 0;
            row.warning(
                    header,
                    "relevant '" + xpath + "' is a number, which ODK reads as " + shown + " (0 is false, any other"
                            + " number true): read as " + shown);
            return Optional.of(String.valueOf(shown));
        }
        return expression(row, header, row.value(header));
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Optional<String> expression(SurveyRow row, String header, String xpath) {
        XPathTranslator.Translation translation = translator.translate(xpath);
        translation
                .errors()
                .forEach(reason ->
                        row.error(header, header + " '" + row.value(header) + "' cannot be translated: " + reason));
        translation.warnings().forEach(warning -> row.warning(header, header + ": " + warning));
        return translation.text();
    }

    private static void appearance(SurveyRow row, String type, Map<String, Object> question) {
        String appearance = row.value("appearance").strip();
        if (appearance.isEmpty()) {
            return;
        }
        if (type.equals("likert") && appearance.equals("likert")
                || type.equals("matrix") && appearance.equals("table-list")
                || type.equals("single_choice") && appearance.equals("likert")) {
            return; // what made the row a Likert scale or a matrix; a likert that could not be one is reported
        }
        if (type.equals("text") && appearance.equals("multiline")) {
            question.put("multiline", true);
        } else if (type.equals("single_choice") && appearance.equals("minimal")) {
            question.put("appearance", "dropdown");
        } else if (type.equals("single_choice") && appearance.startsWith("autocomplete")) {
            question.put("appearance", "dropdown");
            row.warning(
                    "appearance",
                    "appearance '" + appearance + "' becomes a dropdown list; typing to search" + " is not supported");
        } else {
            row.warning("appearance", "appearance '" + appearance + "' is not supported; ignored");
        }
    }

    private static void reportUnused(SurveyRow row, String type) {
        for (String header : row.headers()) {
            String base = header.contains("::") ? header.substring(0, header.indexOf("::")) : header;
            if (row.value(header).isBlank()
                    || HANDLED.contains(base)
                    || (base.equals("calculation") || base.equals("read_only")) && type.equals("calculate")) {
                continue;
            }
            if (base.equals("choice_filter") && (type.equals("single_choice") || type.equals("multiple_choice"))) {
                continue; // read with the choices, by choiceFilter
            }
            if (base.equals("choice_filter")
                    && ChoiceFilterRows.ALWAYS_TRUE.contains(row.value(header).strip())) {
                row.warning(header, "choice_filter '" + row.value(header) + "' keeps every choice; ignored");
                continue;
            }
            if (base.equals("choice_filter")) {
                // ignoring it would show the respondent every choice of the list, most of them wrong for them
                row.error(header, "choice_filter is supported on select_one and select_multiple only");
                continue;
            }
            row.warning(header, LOST.getOrDefault(base, "column '" + header + "' is not supported; ignored"));
        }
        if (!type.equals("rating") && row.has("parameters")) {
            row.warning("parameters", "parameters are only used for range; ignored");
        }
    }
}
