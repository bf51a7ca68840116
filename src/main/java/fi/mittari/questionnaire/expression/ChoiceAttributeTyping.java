package fi.mittari.questionnaire.expression;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code choice('region')}: an attribute of the choice a choice filter is deciding on, as a text. It exists only in
 * choice filters, where each choice is tried in turn; anywhere else there is no choice to ask.
 */
final class ChoiceAttributeTyping {

    private ChoiceAttributeTyping() {}

    static Optional<ValueType> infer(Expression.Call call, TypeInference inference) {
        Optional<Set<String>> attributes = inference.choiceAttributes();
        if (attributes.isEmpty()) {
            inference.report(call.column(), "choice('…') can only be used in a choiceFilter");
            return Optional.of(ValueType.TEXT);
        }
        if (!FunctionTyping.hasArity(call, inference, 1)) {
            return Optional.of(ValueType.TEXT);
        }
        Expression argument = call.arguments().get(0);
        if (!(argument instanceof Expression.TextLiteral name)) {
            inference.report(argument.column(), "choice needs an attribute name in quotes, such as choice('region')");
        } else if (!attributes.get().contains(name.value())) {
            Set<String> known = new TreeSet<>(attributes.get());
            inference.report(
                    argument.column(),
                    "the choices have no attribute '" + name.value() + "'"
                            + KeySuggestions.didYouMean(name.value(), known) + " (attributes: "
                            + String.join(", ", known) + ")");
        }
        return Optional.of(ValueType.TEXT);
    }
}
