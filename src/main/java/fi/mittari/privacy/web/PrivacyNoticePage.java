package fi.mittari.privacy.web;

import java.util.List;

/**
 * A campaign's privacy notice, every text already in the reader's language: the standard sections filled in from the
 * campaign's controller and contact and its retention rule.
 */
public record PrivacyNoticePage(
        String lang,
        String title,
        String skipToContent,
        String languageSwitch,
        List<LanguageLink> languages,
        List<Section> sections) {

    public record LanguageLink(String code, String name, String href, boolean current) {}

    public record Section(String heading, String text) {}
}
