package fi.mittari.security.web;

import fi.mittari.security.AccountProblem;
import fi.mittari.security.FunderProjects.ProjectChoice;
import fi.mittari.security.StaffAccount;
import java.util.List;

/** The view models of the account pages. Message keys, never words: the templates say them in the page's language. */
public final class AccountViews {

    private AccountViews() {}

    /** The problems of a refused form; each names its field by the label (the message says it). */
    public record Errors(List<AccountProblem> problems) {

        public static final Errors NONE = new Errors(List.of());

        public boolean any() {
            return !problems.isEmpty();
        }

        public boolean has(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }

        /** The message key of the field's problem, or empty. */
        public String of(String field) {
            return problems.stream()
                    .filter(p -> p.field().equals(field))
                    .map(AccountProblem::messageKey)
                    .findFirst()
                    .orElse("");
        }
    }

    public record AccountList(List<StaffAccount> accounts) {}

    /** A checkbox: its value, and whether it is ticked. */
    public record Choice(String value, String name, boolean checked) {}

    public record NewAccount(
            String username, List<Choice> roles, String language, List<String> languages, Errors errors) {}

    /**
     * One account's page. {@code saved}: what the last change saved ("roles", "enabled", "disabled", "projects"), or
     * empty; {@code projects} is empty unless the account is a FUNDER's.
     */
    public record AccountPage(
            StaffAccount account,
            List<Choice> roles,
            List<Choice> projects,
            boolean self,
            String saved,
            Errors errors) {

        public boolean funder() {
            return account.has(fi.mittari.security.Roles.FUNDER);
        }
    }

    /** The page that shows a generated password once; {@code password} is empty when it was shown already. */
    public record PasswordShown(String username, String password) {

        public boolean gone() {
            return password.isEmpty();
        }
    }

    public record OwnAccountPage(
            String username, String language, List<String> languages, String saved, Errors errors) {

        public int minimumLength() {
            return fi.mittari.security.OwnAccount.MINIMUM_PASSWORD_LENGTH;
        }

        public int maximumLength() {
            return fi.mittari.security.OwnAccount.MAXIMUM_PASSWORD_LENGTH;
        }
    }

    static List<Choice> roles(List<String> checked) {
        return fi.mittari.security.Roles.ALL.stream()
                .map(r -> new Choice(r, r, checked.contains(r)))
                .toList();
    }

    static List<Choice> projects(List<ProjectChoice> all, java.util.Set<String> checked) {
        return all.stream()
                .map(p -> new Choice(p.code(), p.name(), checked.contains(p.code())))
                .toList();
    }
}
