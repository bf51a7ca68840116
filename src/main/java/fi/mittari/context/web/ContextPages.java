package fi.mittari.context.web;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.FieldProblem;
import java.util.List;

/** The view models of the context's staff pages. */
public final class ContextPages {

    private ContextPages() {}

    /** The problems of a refused form, each with the field it names. */
    public record Errors(List<FieldProblem> problems) {

        public static final Errors NONE = new Errors(List.of());

        public boolean any() {
            return !problems.isEmpty();
        }

        public String of(String field) {
            return problems.stream()
                    .filter(p -> p.field().equals(field))
                    .map(FieldProblem::message)
                    .findFirst()
                    .orElse("");
        }
    }

    public record Option(String code, String name) {

        public static List<Option> of(List<CodeListEntry> entries) {
            return entries.stream().map(e -> new Option(e.code(), e.nameEn())).toList();
        }
    }
}
