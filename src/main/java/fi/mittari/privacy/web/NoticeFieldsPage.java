package fi.mittari.privacy.web;

import java.util.List;

/** The view model of {@code /staff/privacy/notice}: a campaign's privacy notice fields as typed, problems, saved. */
public record NoticeFieldsPage(
        String campaign, String controller, String contact, List<PrivacyProblem> problems, boolean saved) {

    public boolean hasError() {
        return !problems.isEmpty();
    }

    public String errorOf(String field) {
        return PrivacyProblem.of(problems, field);
    }
}
