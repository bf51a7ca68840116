package fi.mittari.security.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The posted forms of the account pages; an absent field is null, an unticked checkbox group too, and an empty body
 * (a form whose checkboxes are all unticked) is the form's EMPTY.
 */
final class AccountForms {

    private AccountForms() {}

    @Serdeable
    record NewAccountForm(@Nullable String username, @Nullable List<String> roles, @Nullable String language) {
        static final NewAccountForm EMPTY = new NewAccountForm(null, null, null);
    }

    @Serdeable
    record RolesForm(@Nullable List<String> roles) {
        static final RolesForm EMPTY = new RolesForm(null);
    }

    @Serdeable
    record EnabledForm(@Nullable Boolean enabled) {
        static final EnabledForm EMPTY = new EnabledForm(null);
    }

    @Serdeable
    record ProjectsForm(@Nullable List<String> projects) {
        static final ProjectsForm EMPTY = new ProjectsForm(null);
    }

    @Serdeable
    record PasswordForm(
            @Nullable String currentPassword, @Nullable String newPassword, @Nullable String repeatedPassword) {
        static final PasswordForm EMPTY = new PasswordForm(null, null, null);
    }

    @Serdeable
    record LanguageForm(@Nullable String language) {
        static final LanguageForm EMPTY = new LanguageForm(null);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static List<String> values(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
