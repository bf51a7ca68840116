package fi.mittari.audit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What happened, for {@link AuditTrail#record}. Each event names its kind ({@link #action()}), the key or id of what it
 * touched ({@link #target()}) and a few words of detail ({@link #details()}). None may carry answer values or
 * anything that identifies a respondent: scopes are campaign slugs or project codes, erasures say how many were
 * erased, not whose.
 */
public sealed interface AuditEvent {

    AuditAction action();

    /** The key or id of what was touched: an account name, a campaign slug, a definition code; "" when none. */
    String target();

    /** A few words of detail, such as a format or the new roles; "" when none. */
    String details();

    /** A staff member logged in; the entry's actor is the account. */
    record LoggedIn() implements AuditEvent {
        public AuditAction action() {
            return AuditAction.LOGIN;
        }

        public String target() {
            return "";
        }

        public String details() {
            return "";
        }
    }

    /**
     * A login was refused. {@code account} is the account tried when it exists, otherwise "" — a mistyped username
     * may be someone's password, so it is not kept.
     */
    record LoginFailed(String account) implements AuditEvent {
        public LoginFailed {
            Objects.requireNonNull(account);
        }

        public AuditAction action() {
            return AuditAction.LOGIN_FAILED;
        }

        public String target() {
            return account;
        }

        public String details() {
            return "";
        }
    }

    /**
     * Data left Mittari as a file: an export or a download.
     *
     * @param what what was exported
     * @param scope which data: a campaign slug, a project code, a report id
     * @param format the file format, e.g. {@code csv}, {@code xlsx}, {@code sav}
     * @param personalColumns whether personal questions' columns were included
     */
    record Exported(ExportedData what, String scope, String format, boolean personalColumns) implements AuditEvent {
        public Exported {
            Objects.requireNonNull(what);
            Objects.requireNonNull(scope);
            Objects.requireNonNull(format);
        }

        public AuditAction action() {
            return AuditAction.EXPORT;
        }

        public String target() {
            return scope;
        }

        public String details() {
            return what.code() + " " + format + (personalColumns ? " with personal columns" : "");
        }
    }

    /** What data left Mittari in an {@link Exported} file. */
    enum ExportedData {
        ANSWERS,
        REPORT_WORKBOOK;

        /** As stored in the entry's details: lower case with dashes, e.g. {@code report-workbook}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The privacy settings whose change is recorded ({@link PrivacySettingChanged}). */
    enum PrivacySetting {
        RETENTION_RULE_PROJECT,
        RETENTION_RULE_CAMPAIGN,
        PRIVACY_NOTICE;

        /** As stored in the entry's details, e.g. {@code retention_rule_project}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The ways a draft changes. */
    enum Change {
        SAVED,
        PUBLISHED,
        DISCARDED
    }

    /**
     * A definition draft (indicator, report, …) was saved, published or discarded.
     *
     * @param kind the kind of definition, e.g. {@code indicator}
     * @param code the definition's code
     */
    record DefinitionChanged(String kind, String code, Change change) implements AuditEvent {
        public DefinitionChanged {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(code);
            Objects.requireNonNull(change);
        }

        public AuditAction action() {
            return switch (change) {
                case SAVED -> AuditAction.DEFINITION_SAVED;
                case PUBLISHED -> AuditAction.DEFINITION_PUBLISHED;
                case DISCARDED -> AuditAction.DEFINITION_DISCARDED;
            };
        }

        public String target() {
            return code;
        }

        public String details() {
            return kind;
        }
    }

    /** A questionnaire draft was saved, published (details: the version) or discarded. */
    record QuestionnaireChanged(String key, Change change, String details) implements AuditEvent {
        public QuestionnaireChanged {
            Objects.requireNonNull(key);
            Objects.requireNonNull(change);
            Objects.requireNonNull(details);
        }

        public AuditAction action() {
            return switch (change) {
                case SAVED -> AuditAction.QUESTIONNAIRE_SAVED;
                case PUBLISHED -> AuditAction.QUESTIONNAIRE_PUBLISHED;
                case DISCARDED -> AuditAction.QUESTIONNAIRE_DISCARDED;
            };
        }

        public String target() {
            return key;
        }
    }

    /** A staff account was created (details: its roles). */
    record AccountCreated(String account, List<String> roles) implements AuditEvent {
        public AccountCreated {
            Objects.requireNonNull(account);
            roles = List.copyOf(roles);
        }

        public AuditAction action() {
            return AuditAction.ACCOUNT_CREATED;
        }

        public String target() {
            return account;
        }

        public String details() {
            return String.join(",", roles);
        }
    }

    /** A staff account's roles were replaced (details: the new roles). */
    record RolesChanged(String account, List<String> roles) implements AuditEvent {
        public RolesChanged {
            Objects.requireNonNull(account);
            roles = List.copyOf(roles);
        }

        public AuditAction action() {
            return AuditAction.ACCOUNT_ROLES_CHANGED;
        }

        public String target() {
            return account;
        }

        public String details() {
            return String.join(",", roles);
        }
    }

    /** A staff account was enabled or disabled. */
    record AccountEnabled(String account, boolean enabled) implements AuditEvent {
        public AccountEnabled {
            Objects.requireNonNull(account);
        }

        public AuditAction action() {
            return enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED;
        }

        public String target() {
            return account;
        }

        public String details() {
            return "";
        }
    }

    /** An admin gave a staff account a new generated password. */
    record PasswordReset(String account) implements AuditEvent {
        public PasswordReset {
            Objects.requireNonNull(account);
        }

        public AuditAction action() {
            return AuditAction.ACCOUNT_PASSWORD_RESET;
        }

        public String target() {
            return account;
        }

        public String details() {
            return "";
        }
    }

    /** The projects a FUNDER account sees were replaced (details: the project codes). */
    record FunderProjectsChanged(String account, List<String> projects) implements AuditEvent {
        public FunderProjectsChanged {
            Objects.requireNonNull(account);
            projects = List.copyOf(projects);
        }

        public AuditAction action() {
            return AuditAction.ACCOUNT_PROJECTS_CHANGED;
        }

        public String target() {
            return account;
        }

        public String details() {
            return String.join(",", projects);
        }
    }

    /**
     * Respondents' data were erased on request.
     *
     * @param scope where, e.g. a campaign slug; never who
     * @param responses how many responses were erased
     */
    record Erased(String scope, long responses) implements AuditEvent {
        public Erased {
            Objects.requireNonNull(scope);
        }

        public AuditAction action() {
            return AuditAction.ERASURE;
        }

        public String target() {
            return scope;
        }

        public String details() {
            return responses + " responses";
        }
    }

    /**
     * A retention rule deleted old data.
     *
     * @param what which rule, e.g. {@code unfinished-responses}, {@code audit-log}
     * @param removed how many rows or records it deleted
     */
    record RetentionRun(String what, long removed) implements AuditEvent {
        public RetentionRun {
            Objects.requireNonNull(what);
        }

        public AuditAction action() {
            return AuditAction.RETENTION_RUN;
        }

        public String target() {
            return what;
        }

        public String details() {
            return removed + " removed";
        }
    }

    /** A retention rule or a campaign's privacy notice was changed; {@code target} is the project or campaign. */
    record PrivacySettingChanged(PrivacySetting setting, String target) implements AuditEvent {
        public PrivacySettingChanged {
            Objects.requireNonNull(setting);
            Objects.requireNonNull(target);
        }

        public AuditAction action() {
            return AuditAction.PRIVACY_SETTING_CHANGED;
        }

        public String details() {
            return setting.code();
        }
    }

    /**
     * A respondent's own data were exported for them (a subject access request).
     *
     * @param reference the request's reference (a case number), never the person
     * @param format the file format
     */
    record AccessExported(String reference, String format) implements AuditEvent {
        public AccessExported {
            Objects.requireNonNull(reference);
            Objects.requireNonNull(format);
        }

        public AuditAction action() {
            return AuditAction.ACCESS_EXPORT;
        }

        public String target() {
            return reference;
        }

        public String details() {
            return format;
        }
    }

    /** The audit log was read (details: the filter used). */
    record AuditRead(String filter) implements AuditEvent {
        public AuditRead {
            Objects.requireNonNull(filter);
        }

        public AuditAction action() {
            return AuditAction.AUDIT_READ;
        }

        public String target() {
            return "";
        }

        public String details() {
            return filter;
        }
    }
}
