package fi.mittari.response.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotBlank;

/**
 * Where respondents send accessibility feedback (MITTARI_ACCESSIBILITY_CONTACT), shown on /accessibility.
 */
@Context
@ConfigurationProperties("mittari.accessibility")
record AccessibilityContactSetting(
        @NotBlank(message = "MITTARI_ACCESSIBILITY_CONTACT must be an address") String contact) {}
