package fi.mittari.questionnaire.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The questionnaire designer's forms as posted. The definition's rules are the questionnaire's own. */
final class DesignerFormPosts {

    private DesignerFormPosts() {}

    /** The definition's text; {@code then} preview opens the preview after saving. */
    @Serdeable.Deserializable
    record DefinitionPost(@Nullable String definition, @Nullable String then) {

        /** Browsers send a textarea's line breaks as CRLF; the stored text uses LF so hashes and line numbers agree. */
        DefinitionPost {
            definition = definition == null ? "" : definition.replace("\r\n", "\n");
            then = then == null ? "" : then;
        }

        boolean thenPreview() {
            return then.equals("preview");
        }
    }

    /** The confirmation box of a change that touches stored answers; unticked, the browser sends no field at all. */
    @Serdeable.Deserializable
    record PublishPost(@Nullable String confirm) {

        boolean confirmed() {
            return "yes".equals(confirm);
        }
    }
}
