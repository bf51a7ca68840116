package fi.mittari.export;

/** Whose answers: one campaign's, or those of every campaign of a questionnaire. */
public sealed interface ExportScope {

    /** Names the file: "campaign-slug" or "questionnaire-key". */
    String fileStem();

    record OfCampaign(String slug) implements ExportScope {
        @Override
        public String fileStem() {
            return slug;
        }
    }

    record OfQuestionnaire(String key) implements ExportScope {
        @Override
        public String fileStem() {
            return key;
        }
    }
}
