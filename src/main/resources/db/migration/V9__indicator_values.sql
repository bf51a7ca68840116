-- Values of the defined indicators (batch/indicators/), one row per indicator, breakdown and group of a scope: a
-- project (or '*' for all projects) and a period. The total has breakdown_key = '' and group_key = ''. A suppressed
-- row has result_value NULL, never zero, and says why. ("value" is a reserved word in H2, hence result_value.)
CREATE TABLE indicator_value (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_code       VARCHAR(64)   NOT NULL,
    period_from        DATE          NOT NULL,
    period_to          DATE          NOT NULL,
    indicator_code     VARCHAR(64)   NOT NULL,
    breakdown_key      VARCHAR(100)  NOT NULL,
    group_key          VARCHAR(255)  NOT NULL,
    group_label        VARCHAR(255)  NULL,
    result_value       DECIMAL(19,6) NULL,
    n                  BIGINT        NULL,
    numerator          BIGINT        NULL,
    denominator        BIGINT        NULL,
    ci_low             DECIMAL(19,6) NULL,
    ci_high            DECIMAL(19,6) NULL,
    extra              TEXT          NULL,
    suppressed         BOOLEAN       NOT NULL,
    suppression_reason VARCHAR(20)   NULL,
    computed_at        DATETIME(6)   NOT NULL,
    job_execution_id   BIGINT        NOT NULL
);
CREATE INDEX ix_indicator_value_scope ON indicator_value (project_code, period_from, period_to, indicator_code);

-- A run's rows until its last step publishes them: keyed by the job instance, which a restart keeps, so a restarted
-- run adds to the chunks its failed execution committed. Publishing moves them to indicator_value in one transaction.
CREATE TABLE indicator_value_staging (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_instance_id    BIGINT        NOT NULL,
    indicator_code     VARCHAR(64)   NOT NULL,
    breakdown_key      VARCHAR(100)  NOT NULL,
    group_key          VARCHAR(255)  NOT NULL,
    group_label        VARCHAR(255)  NULL,
    result_value       DECIMAL(19,6) NULL,
    n                  BIGINT        NULL,
    numerator          BIGINT        NULL,
    denominator        BIGINT        NULL,
    ci_low             DECIMAL(19,6) NULL,
    ci_high            DECIMAL(19,6) NULL,
    extra              TEXT          NULL,
    suppressed         BOOLEAN       NOT NULL,
    suppression_reason VARCHAR(20)   NULL
);
CREATE INDEX ix_indicator_value_staging ON indicator_value_staging (job_instance_id, indicator_code);
