package fi.mittari.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * Audit log entries older than this many months are deleted (MITTARI_AUDIT_RETENTION_MONTHS).
 */
@Context
@ConfigurationProperties("mittari.audit")
record AuditRetentionSetting(
        @Min(value = 1, message = "MITTARI_AUDIT_RETENTION_MONTHS must be a whole number ≥ 1, was {validatedValue}")
                int retentionMonths) {}
