package fi.mittari.privacy.web;

import java.util.List;

/**
 * The view model of the erasure and access pages: the request as typed and its problems; for an erasure also the
 * confirmation step ({@code toGo} responses would be deleted, -1 when not confirming) and the result ({@code erased},
 * -1 when none was done).
 */
public record PersonPage(boolean erasure, PersonFields fields, List<PrivacyProblem> problems, long toGo, long erased) {

    /** Whose answers: kind pseudonym (project, pseudonym), invitation (campaign, reference) or response. */
    public record PersonFields(
            String kind, String project, String pseudonym, String campaign, String reference, String response) {
        static final PersonFields EMPTY = new PersonFields("pseudonym", "", "", "", "", "");
    }

    public boolean confirming() {
        return toGo >= 0;
    }

    public boolean hasError() {
        return !problems.isEmpty();
    }

    public String errorOf(String field) {
        return PrivacyProblem.of(problems, field);
    }
}
