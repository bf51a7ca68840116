package fi.mittari.questionnaire;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotBlank;

/**
 * The folder of questionnaire files loaded at start-up and offered as samples (MITTARI_SURVEYS_DIR).
 */
@Context
@ConfigurationProperties("mittari")
public record SurveyFilesSetting(@NotBlank(message = "MITTARI_SURVEYS_DIR must name a folder") String surveysDir) {}
