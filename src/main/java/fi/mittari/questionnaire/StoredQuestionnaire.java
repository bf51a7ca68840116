package fi.mittari.questionnaire;

/** A questionnaire version as the rest of Mittari sees it: its database id, number, content hash and definition. */
public record StoredQuestionnaire(long versionId, int versionNumber, String contentHash, Questionnaire questionnaire) {

    public String key() {
        return questionnaire.key();
    }
}
