package fi.mittari.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;

/**
 * Where respondents reach Mittari (MITTARI_PUBLIC_URL) and which reverse proxies' forwarded headers are believed
 * (MITTARI_TRUSTED_PROXIES); both may be empty. {@link PublicAddress} and {@link TrustedProxies} say what is wrong
 * with a value that is set.
 */
@Context
@ConfigurationProperties("mittari")
record PublicAddressSettings(@NotNull String publicUrl, @NotNull String trustedProxies) {}
