package fi.mittari.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;

/**
 * Whether the login cookie is sent over HTTPS only (MITTARI_COOKIE_SECURE): then the server also asks browsers to
 * use HTTPS only, and the login page explains a cookie refused over plain HTTP.
 */
@Context
@ConfigurationProperties("micronaut.security.token.cookie")
public record SecureCookieSetting(boolean cookieSecure) {}
