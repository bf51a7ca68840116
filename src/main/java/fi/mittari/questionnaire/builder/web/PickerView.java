package fi.mittari.questionnaire.builder.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One picker as the fragment {@code builder/picker :: picker(${picker})} draws it. {@code prefix} names the form
 * fields ({@code prefix.mode}, {@code .subject}, {@code .comparison}, {@code .choice}, {@code .number},
 * {@code .numberTo}, {@code .free}); {@code id} prefixes the element ids. Texts are in the staff's language already;
 * the fragment's own words come from the pickers bundle. Public, because Thymeleaf calls its accessors.
 */
public record PickerView(
        String prefix,
        String id,
        String legendKey,
        String scopeQuery,
        String mode,
        List<SubjectOption> subjects,
        List<ComparisonOption> comparisons,
        List<ChoiceGroup> choiceGroups,
        String number,
        String numberTo,
        String free,
        String expression,
        String checkUrl,
        @Nullable FieldProblem problem) {

    /** A subject to pick; {@code comparisons} are the codes that suit it, space-separated, for the script. */
    public record SubjectOption(String value, String label, boolean numeric, String comparisons, boolean selected) {}

    public record ComparisonOption(String code, boolean selected) {}

    /** The choices of one subject, a group of the choice list labelled with the question's label. */
    public record ChoiceGroup(String subject, String label, List<ChoiceOption> options) {}

    public record ChoiceOption(String value, String label, boolean selected) {}

    /** The field to fix ({@code fieldId} is its element id) and what is wrong, in the staff's language. */
    public record FieldProblem(String fieldId, String text) {}

    public boolean hasProblem() {
        return problem != null;
    }

    /** Whether {@code field} ("subject", "free"…) is the one with the problem, for aria-invalid and the message. */
    public boolean problemAt(String field) {
        return problem != null && problem.fieldId().equals(id + "-" + field);
    }

    /** One parameter of {@code scopeQuery} ("question", "field" or "page"), "" when absent. */
    public String scopeParam(String name) {
        for (String pair : scopeQuery.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return "";
    }

    public boolean hasSubjects() {
        return !subjects.isEmpty();
    }
}
