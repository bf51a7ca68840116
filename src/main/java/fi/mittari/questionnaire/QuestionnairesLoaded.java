package fi.mittari.questionnaire;

import java.util.List;

/** Published once the questionnaire files have been read at start-up, whether or not any of them changed. */
public record QuestionnairesLoaded(List<StoredQuestionnaire> available, List<String> rejectedFiles) {}
