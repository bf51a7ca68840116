package fi.mittari.questionnaire.bank.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.PageOutline;
import fi.mittari.questionnaire.builder.QuestionOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where in a draft a bank question can go: the start of each page, or after any of its questions. */
final class BankPlaces {

    private BankPlaces() {}

    /** A place: the page (0-based) and the index its question takes there. */
    record Where(int page, int index) {}

    /** Every place, the end of page {@code page} (1-based; 0 or out of range: the last page) selected. */
    static List<BankPages.Place> of(List<PageOutline> outline, int page, Language staff) {
        int chosen = page >= 1 && page <= outline.size() ? page - 1 : outline.size() - 1;
        List<BankPages.Place> places = new ArrayList<>();
        for (int p = 0; p < outline.size(); p++) {
            PageOutline shown = outline.get(p);
            String title = QuestionBankController.pageTitle(shown, staff);
            List<QuestionOutline> questions = shown.questions();
            places.add(new BankPages.Place(p + ":0", p + 1, title, "", p == chosen && questions.isEmpty()));
            for (int i = 0; i < questions.size(); i++) {
                QuestionOutline after = questions.get(i);
                String label = after.label().getOrDefault(staff, after.key());
                boolean last = i == questions.size() - 1;
                places.add(new BankPages.Place(
                        p + ":" + (i + 1), p + 1, title, label + " (" + after.key() + ")", p == chosen && last));
            }
        }
        return places;
    }

    /** The page and index of a sent "page:index" ({@link PlacePost} checks its form), when a place of this outline. */
    static Optional<Where> parse(String value, List<PageOutline> outline) {
        String[] parts = value.split(":", -1);
        int page = Integer.parseInt(parts[0]);
        int index = Integer.parseInt(parts[1]);
        if (page >= outline.size() || index > outline.get(page).questions().size()) {
            return Optional.empty();
        }
        return Optional.of(new Where(page, index));
    }
}
