package fi.mittari.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Where respondents reach Mittari ({@code MITTARI_PUBLIC_URL}): links sent to people are made from it. */
@Singleton
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${mittari.public-url}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The absolute link to {@code path} (which starts with "/"). */
    public String of(String path) {
        return base + path;
    }
}
