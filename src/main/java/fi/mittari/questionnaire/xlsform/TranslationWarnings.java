package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.xlsform.XPathTokenizer.Kind;
import fi.mittari.questionnaire.xlsform.XPathTokenizer.XToken;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What an expression's translation reads differently from how it is written, said once for the whole expression. */
final class TranslationWarnings {

    private TranslationWarnings() {}

    // A spreadsheet program turns the straight quotes people type into typographic ones, which XPath does not know;
    // the author meant a text, so it is read as one, and said so.
    static Optional<String> typographicQuotes(List<XToken> tokens) {
        List<String> texts = tokens.stream()
                .filter(XToken::typographic)
                .map(token -> "'" + token.text() + "'")
                .toList();
        return texts.isEmpty()
                ? Optional.empty()
                : Optional.of("typographic quotes (‘ ’ “ ”) were read as straight quotes: " + String.join(", ", texts));
    }

    static Optional<String> valuelessNoteReferences(List<XToken> tokens, Set<String> valuelessNotes) {
        List<String> notes = tokens.stream()
                .filter(token -> token.kind() == Kind.REFERENCE && valuelessNotes.contains(token.text()))
                .map(token -> "${" + token.text() + "}")
                .distinct()
                .toList();
        return notes.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(", ", notes) + (notes.size() == 1 ? " is a note" : " are notes")
                        + " without a calculation, whose value is always empty: read as ''");
    }

    /**
     * One warning for each metadata reference read as the empty text, with its type: ODK leaves device metadata
     * (username, deviceid…) empty when the device has no value, and a web form has none.
     */
    static List<String> uncollectedMetadataReferences(
            List<XToken> tokens, Function<String, Optional<String>> uncollectedType) {
        return tokens.stream()
                .filter(token -> token.kind() == Kind.REFERENCE)
                .map(XToken::text)
                .distinct()
                .flatMap(name -> uncollectedType.apply(name).stream()
                        .map(type -> "${" + name + "} is metadata '" + type
                                + "', which Mittari does not collect: read as '', as ODK reads it on a device"
                                + " that has no such value"))
                .toList();
    }

    /** One warning for each hidden row without a calculation read as its value, with that value. */
    static List<String> hiddenValueReferences(List<XToken> tokens, Function<String, Optional<String>> value) {
        return tokens.stream()
                .filter(token -> token.kind() == Kind.REFERENCE)
                .map(XToken::text)
                .distinct()
                .flatMap(name -> value.apply(name).stream()
                        .map(text -> "${" + name + "} is a hidden row without a calculation, which only its default"
                                + " fills in: read as " + XPathTranslator.quote(text)))
                .toList();
    }
}
