package fi.mittari.definition.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The editor's form: the text, and what to do after saving it ({@code publish}, or stay in the editor).
 *
 * @param yaml the definition's text as typed; browsers send a textarea's line breaks as CRLF
 */
@Serdeable
record DefinitionForm(@Nullable String yaml, @Nullable String then) {

    /** The text with LF line breaks, so that hashes and line numbers agree with the stored text. */
    String text() {
        return yaml == null ? "" : yaml.replace("\r\n", "\n");
    }

    boolean publish() {
        return "publish".equals(then);
    }
}
