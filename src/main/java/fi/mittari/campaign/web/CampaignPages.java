package fi.mittari.campaign.web;

import java.util.List;

/** View models of the staff campaign pages; public records, because Thymeleaf calls their accessors. */
public final class CampaignPages {

    private CampaignPages() {}

    public record ListPage(List<Row> rows) {

        public record Row(
                String slug, String title, String questionnaire, String state, String access, long submitted) {}
    }

    /** The campaign with its live counts, and the forms to change it and to create invitations. */
    public record DetailPage(
            String slug,
            String title,
            String questionnaire,
            String link,
            String state,
            long submitted,
            long inProgress,
            long invited,
            long invitationsAnswered,
            List<Day> days,
            boolean invitations,
            String invitationError,
            Form form) {

        public boolean hasInvitationError() {
            return !invitationError.isEmpty();
        }

        public record Day(String date, long submitted) {}
    }

    /**
     * The campaign form as typed, with a message per field that was refused; {@code isNew} when opening a campaign.
     */
    public record Form(
            boolean isNew,
            String action,
            String slug,
            String title,
            String questionnaire,
            List<String> questionnaires,
            String opensAt,
            String closesAt,
            String accessMode,
            String languages,
            String responseCap,
            String event,
            String purpose,
            String thankYouFi,
            String thankYouSv,
            String thankYouEn,
            List<FieldError> errors) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public String errorOf(String field) {
            return errors.stream()
                    .filter(e -> e.field().equals(field))
                    .map(FieldError::message)
                    .findFirst()
                    .orElse("");
        }

        public record FieldError(String field, String message) {}
    }
}
