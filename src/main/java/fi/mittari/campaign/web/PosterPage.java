package fi.mittari.campaign.web;

import java.util.List;

/**
 * The printable A4 poster of a campaign's link: the QR code, the link as text and, in each of the campaign's
 * languages, the questionnaire's title and how to answer. Public, because Thymeleaf calls its accessors.
 *
 * @param slug the campaign's, for the QR image's address and the way back
 * @param language the first of {@code texts}' languages, the page's own
 */
public record PosterPage(String slug, String link, String language, List<Text> texts) {

    /** The title and instructions in one language ({@code language}: "fi", "sv" or "en"). */
    public record Text(String language, String title, String instructions) {}
}
