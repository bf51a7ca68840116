package fi.mittari.questionnaire.bank.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The view models of the question bank pages. Public records, because Thymeleaf calls their accessors. */
public final class BankPages {

    private BankPages() {}

    /**
     * The bank for questionnaire {@code key}: the search {@code query}, the matching questions by group, and the page
     * they are to go to ({@code page}, 1-based, 0 when not chosen yet); {@code added} names a question just inserted.
     */
    public record ListPage(String key, String query, int page, int matches, List<Group> groups, @Nullable Added added) {

        public boolean hasAdded() {
            return added != null;
        }

        public String builderHref() {
            return "/staff/questionnaires/" + key + "/builder";
        }
    }

    /** The question inserted: its key in the draft (re-keyed when its own was taken) and its page (1-based). */
    public record Added(String key, int page) {}

    public record Group(String title, List<Item> questions) {}

    /** A question of the bank with its label in the staff member's language and the link that picks it. */
    public record Item(String label, String key, String type, String pickHref) {}

    /**
     * One picked question: its texts in every language it has, and where in the draft it can go ({@code places});
     * {@code problem} is a message key when the draft cannot take it.
     */
    public record PickPage(
            String key,
            String action,
            String backHref,
            String label,
            String questionKey,
            String type,
            List<Text> texts,
            List<Place> places,
            @Nullable String problem) {

        public boolean hasProblem() {
            return problem != null;
        }
    }

    /** A text of the picked question in one language ({@code lang} a code). */
    public record Text(String lang, String text) {}

    /** A place to insert at: {@code value} "page:index", said as {@code page} and {@code after} (a label or ""). */
    public record Place(String value, int page, String pageTitle, String after, boolean selected) {

        public boolean atStart() {
            return after.isEmpty();
        }
    }
}
