package fi.mittari.response.web;

import java.util.List;

/** Everything the survey form template shows, already in the respondent's language. */
public record SurveyPage(
        String lang,
        String title,
        String description,
        String action,
        String submissionKey,
        List<LanguageLink> languages,
        List<QuestionField> questions,
        List<ErrorLink> errors,
        String errorSummary,
        Chrome chrome) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** A link to the same form in another language. */
    record LanguageLink(String code, String name, String href, boolean current) {}

    /** An entry in the error summary, linking to the field at fault. */
    record ErrorLink(String fieldId, String label, String message) {}

    /** Words around the questions. */
    record Chrome(
            String skipToContent, String languageSwitch, String requiredNote, String requiredWord, String submit) {}
}
