package fi.mittari.response.web;

/**
 * A page with a heading and one paragraph: thank-you, not found, closed… {@code link} (with {@code linkText}) is a way
 * on: the resume link to keep, shown written out ({@code showAddress}), or the form for the next respondent on a
 * kiosk, to which the page also returns by itself ({@code refreshSeconds} above zero).
 */
public record MessagePage(
        String lang,
        String title,
        String body,
        String skipToContent,
        String link,
        String linkText,
        boolean showAddress,
        int refreshSeconds) {

    public MessagePage(String lang, String title, String body, String skipToContent) {
        this(lang, title, body, skipToContent, "", "", false, 0);
    }

    public boolean hasLink() {
        return !link.isEmpty();
    }

    public boolean refreshes() {
        return refreshSeconds > 0;
    }
}
