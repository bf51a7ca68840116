package fi.mittari.questionnaire;

import java.util.Objects;

/**
 * An entry of a code list as a choice question sees it: the stable code answers store, its name in each language, and
 * whether it is still offered ({@code active}) or retired.
 */
public record ListedCode(String code, LocalizedText name, boolean active) {

    public ListedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
