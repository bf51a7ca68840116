package fi.mittari.questionnaire.drafting.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A new questionnaire made from another: a copy of a questionnaire's draft or version ({@code copyOf} its key), or a
 * shipped sample ({@code copyOf} null). {@code sources} to choose from, the new key and titles as typed, and the
 * fields refused, each with its reason. A public record for Thymeleaf.
 */
public record StartPage(
        @Nullable String copyOf,
        String action,
        List<Option> sources,
        String key,
        List<Title> titles,
        List<Problem> problems) {

    public boolean isCopy() {
        return copyOf != null;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The problem of field {@code field}, or null. */
    public @Nullable Problem problemOf(String field) {
        return problems.stream()
                .filter(p -> p.field().equals(field))
                .findFirst()
                .orElse(null);
    }

    /** A source: {@code value} sent, {@code label} shown (a message key with its argument when {@code said}). */
    public record Option(String value, String label, @Nullable Integer version, boolean selected) {}

    /** The new title in one language ({@code lang} a code), blank to keep the source's. */
    public record Title(String lang, String value) {}

    /** {@code field} is the input's name (its id is "s-" + name); {@code reason} a message key; {@code arg} its argument. */
    public record Problem(String field, String reason, String arg) {}
}
