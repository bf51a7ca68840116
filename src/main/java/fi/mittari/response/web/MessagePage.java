package fi.mittari.response.web;

/**
 * A page with a heading and one paragraph: thank-you, not found, closed… {@code link} (with {@code linkText}) is a way
 * on: the resume link to keep, shown written out ({@code showAddress}), or the form for the next respondent on a
 * kiosk. A kiosk page does not return to the form by itself: a timed refresh would cut short a respondent still
 * reading it (WCAG 2.2.1 Timing Adjustable, axe's meta-refresh rule); the next person follows the link.
 */
public record MessagePage(
        String lang,
        String title,
        String body,
        String skipToContent,
        String link,
        String linkText,
        boolean showAddress) {

    public MessagePage(String lang, String title, String body, String skipToContent) {
        this(lang, title, body, skipToContent, "", "", false);
    }

    public boolean hasLink() {
        return !link.isEmpty();
    }
}
