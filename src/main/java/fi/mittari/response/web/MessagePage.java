package fi.mittari.response.web;

/** A page with a heading and one paragraph: thank-you, not found, closed. */
public record MessagePage(String lang, String title, String body, String skipToContent) {}
