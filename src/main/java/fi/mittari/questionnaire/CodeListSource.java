package fi.mittari.questionnaire;

/**
 * Where the code lists a choice question may take its choices from ({@code choicesFrom: region}) are kept. Owned here
 * and implemented by the feature that keeps the lists, so that questionnaires know nothing of how they are stored.
 */
@FunctionalInterface
public interface CodeListSource {

    /** The lists as they are now. */
    CodeListSnapshot current();
}
