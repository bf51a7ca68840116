package fi.mittari.security.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The posted forms of the account pages; an absent field is null, an unticked checkbox group too. */
final class AccountForms {

    private AccountForms() {}

    @Serdeable
    record NewAccountForm(@Nullable String username, @Nullable List<String> roles, @Nullable String language) {}

    @Serdeable
    record RolesForm(@Nullable List<String> roles) {}

    @Serdeable
    record EnabledForm(@Nullable Boolean enabled) {}

    @Serdeable
    record ProjectsForm(@Nullable List<String> projects) {}

    @Serdeable
    record PasswordForm(
            @Nullable String currentPassword, @Nullable String newPassword, @Nullable String repeatedPassword) {}

    @Serdeable
    record LanguageForm(@Nullable String language) {}

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static List<String> values(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
