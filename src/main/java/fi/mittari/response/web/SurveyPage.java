package fi.mittari.response.web;

import java.util.List;

/**
 * Everything the survey form template shows, already in the respondent's language. {@code knownAnswers} (JSON) and
 * {@code today} let the form's script evaluate conditions as the server would, {@code now} (the moment the page is
 * written, to the second, from which the script counts its now()) its calculations; {@code liveTexts} (JSON, "" for
 * none) lets it show answers from the same page in labels and hints (see {@link LiveTexts}).
 */
public record SurveyPage(
        String lang,
        String title,
        String documentTitle,
        String description,
        String action,
        String submissionKey,
        List<LanguageLink> languages,
        List<Section> sections,
        List<ErrorLink> errors,
        String errorSummary,
        Chrome chrome,
        Navigation navigation,
        String knownAnswers,
        String today,
        String now,
        String liveTexts) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Every field of every section, in order. */
    public List<QuestionField> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /**
     * One page of the questionnaire and its fields (a form shows one at a time). The implicit page of a questionnaire without pages is {@code untitled}: its fields are
     * shown without a section around them.
     */
    public record Section(String key, String title, String intro, List<QuestionField> questions) {

        public boolean untitled() {
            return title.isEmpty();
        }

        public boolean hasIntro() {
            return !intro.isEmpty();
        }

        /** The id of the section's heading, which names the section for screen readers. */
        public String headingId() {
            return "page-" + key;
        }
    }

    /**
     * The page's place and buttons: {@code progress} ("Page 2 of 5", empty on a one-page form), Back unless it is the
     * first page, Next unless it is the last (which has Send instead), "continue later" where a resume link can be
     * given (not on a kiosk, which keeps nothing).
     */
    public record Navigation(
            String pageKey,
            String progress,
            boolean back,
            boolean next,
            boolean later,
            boolean kiosk,
            String backLabel,
            String nextLabel,
            String laterLabel) {

        public boolean hasProgress() {
            return !progress.isEmpty();
        }
    }

    /**
     * The same form in another language: on a form, a button of the form (so the answers typed on the page go along),
     * elsewhere a link to {@code href}.
     */
    record LanguageLink(String code, String name, String href, boolean current) {}

    /** An entry in the error summary, linking to the field at fault. */
    record ErrorLink(String fieldId, String label, String message) {

        /**
         * The question and what is wrong, read as one: "Ikä: Anna luku." but "Löysitkö uusia kumppaneita? Vastaa
         * tähän kysymykseen." — a label that ends a sentence takes no colon after it.
         */
        public String text() {
            return label + (label.matches(".*[?!.:…]$") ? " " : ": ") + message;
        }
    }

    /** Words around the questions. */
    record Chrome(
            String skipToContent, String languageSwitch, String requiredNote, String requiredWord, String submit) {}
}
