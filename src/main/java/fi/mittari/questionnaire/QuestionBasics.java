package fi.mittari.questionnaire;

/** What the reader has read of every question before its type-specific properties. */
record QuestionBasics(
        String key, LocalizedText label, LocalizedText hint, boolean required, Classification classification) {}
