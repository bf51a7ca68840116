package fi.mittari.privacy.web;

import fi.mittari.privacy.PersonRequest;
import fi.mittari.privacy.RetentionAction;
import fi.mittari.privacy.RetentionRule;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the fields of an erasure or access request and of a retention rule, from a staff form or an API body alike:
 * either the request, or the field at fault with the key of a message saying why (privacy.error.*).
 */
final class PrivacyForms {

    private PrivacyForms() {}

    sealed interface Read<T> {
        record Valid<T>(T value) implements Read<T> {}

        record Refused<T>(String field, String messageKey) implements Read<T> {}
    }

    static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? "" : String.valueOf(value).strip();
    }

    /** A field as shown back on a refused form: bounded, so a pasted page is not echoed whole. */
    static String shown(String value) {
        return value.length() > 400 ? value.substring(0, 400) : value;
    }

    /** {@code kind}: pseudonym (project, pseudonym), invitation (campaign, reference) or response (response). */
    static Read<PersonRequest> person(Map<String, Object> fields) {
        return person(new PrivacyFormPosts.PersonPost(
                text(fields, "kind"),
                text(fields, "project"),
                text(fields, "pseudonym"),
                text(fields, "campaign"),
                text(fields, "reference"),
                text(fields, "response")));
    }

    static Read<PersonRequest> person(PrivacyFormPosts.PersonPost fields) {
        switch (fields.kind()) {
            case "pseudonym" -> {
                Optional<Read<PersonRequest>> problem =
                        required("project", fields.project()).or(() -> required("pseudonym", fields.pseudonym()));
                return problem.orElseGet(
                        () -> new Read.Valid<>(new PersonRequest.ByPseudonym(fields.project(), fields.pseudonym())));
            }
            case "invitation" -> {
                Optional<Read<PersonRequest>> problem =
                        required("campaign", fields.campaign()).or(() -> required("reference", fields.reference()));
                return problem.orElseGet(
                        () -> new Read.Valid<>(new PersonRequest.ByInvitation(fields.campaign(), fields.reference())));
            }
            case "response" -> {
                String id = fields.response();
                if (!id.matches("[0-9]{1,18}")) {
                    return new Read.Refused<>(
                            "response", id.isEmpty() ? "privacy.error.required" : "privacy.error.number");
                }
                return new Read.Valid<>(new PersonRequest.ByResponse(Long.parseLong(id)));
            }
            default -> {
                return new Read.Refused<>("kind", "privacy.error.kind");
            }
        }
    }

    private static Optional<Read<PersonRequest>> required(String name, String value) {
        if (value.isEmpty()) {
            return Optional.of(new Read.Refused<>(name, "privacy.error.required"));
        }
        if (value.length() > PersonRequest.MAX_CODE) {
            return Optional.of(new Read.Refused<>(name, "privacy.error.tooLong"));
        }
        return Optional.empty();
    }

    /** An empty months field removes the rule; otherwise months 0–120 and delete or anonymise. */
    static Read<Optional<RetentionRule>> rule(Map<String, Object> fields) {
        return rule(text(fields, "months"), text(fields, "action"));
    }

    static Read<Optional<RetentionRule>> rule(String months, String typedAction) {
        if (months.isEmpty()) {
            return new Read.Valid<>(Optional.empty());
        }
        if (!months.matches("[0-9]{1,3}") || Integer.parseInt(months) > RetentionRule.MAX_MONTHS) {
            return new Read.Refused<>("months", "privacy.error.months");
        }
        String action = typedAction.toUpperCase(Locale.ROOT);
        if (!action.equals("DELETE") && !action.equals("ANONYMISE")) {
            return new Read.Refused<>("action", "privacy.error.action");
        }
        return new Read.Valid<>(
                Optional.of(new RetentionRule(Integer.parseInt(months), RetentionAction.valueOf(action))));
    }
}
