package fi.mittari.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of audit entry, as stored and as filtered by: {@link #code()} is the stored and public name. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    EXPORT,
    DEFINITION_SAVED,
    DEFINITION_PUBLISHED,
    DEFINITION_DISCARDED,
    QUESTIONNAIRE_SAVED,
    QUESTIONNAIRE_PUBLISHED,
    QUESTIONNAIRE_DISCARDED,
    ACCOUNT_CREATED,
    ACCOUNT_ROLES_CHANGED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    ACCOUNT_PASSWORD_RESET,
    ACCOUNT_PROJECTS_CHANGED,
    ERASURE,
    RETENTION_RUN,
    ACCESS_EXPORT,
    PRIVACY_SETTING_CHANGED,
    AUDIT_READ;

    /** The stored name: lower case with dashes, e.g. {@code login-failed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }
}
