package fi.mittari.privacy.web;

import java.util.List;

/** A field of a privacy form at fault and the key of the message saying why (privacy.error.*). */
public record PrivacyProblem(String field, String messageKey) {

    /** The message key of the field's problem, or "". */
    static String of(List<PrivacyProblem> problems, String field) {
        return problems.stream()
                .filter(p -> p.field().equals(field))
                .map(PrivacyProblem::messageKey)
                .findFirst()
                .orElse("");
    }
}
