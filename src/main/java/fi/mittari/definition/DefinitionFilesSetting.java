package fi.mittari.definition;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotBlank;

/**
 * The folder of indicator, report and schedule definitions (MITTARI_BATCH_DIR).
 */
@Context
@ConfigurationProperties("mittari")
public record DefinitionFilesSetting(@NotBlank(message = "MITTARI_BATCH_DIR must name a folder") String batchDir) {}
