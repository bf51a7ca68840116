package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.xlsform.XPathTokenizer.Kind;
import fi.mittari.questionnaire.xlsform.XPathTokenizer.XToken;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
}
