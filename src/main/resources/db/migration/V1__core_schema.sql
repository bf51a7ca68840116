-- Written for both MariaDB and H2 in MariaDB mode: the same migrations run on both.

CREATE TABLE staff_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_staff_user_username UNIQUE (username)
);

-- An immutable questionnaire version: the definition as it was read, and its content hash.
CREATE TABLE questionnaire_version (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    questionnaire_key VARCHAR(64)  NOT NULL,
    version_number    INT          NOT NULL,
    content_hash      CHAR(64)     NOT NULL,
    source_name       VARCHAR(255) NOT NULL,
    definition        LONGTEXT     NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uq_questionnaire_version UNIQUE (questionnaire_key, version_number)
);

CREATE TABLE project (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(64)  NOT NULL,
    name       VARCHAR(255) NOT NULL,
    funder     VARCHAR(255) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_project_code UNIQUE (code)
);

CREATE TABLE campaign (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug                     VARCHAR(64)  NOT NULL,
    title                    VARCHAR(255) NOT NULL,
    questionnaire_version_id BIGINT       NOT NULL,
    project_id               BIGINT       NULL,
    closes_at                DATETIME(6)  NULL,
    created_at               DATETIME(6)  NOT NULL,
    CONSTRAINT uq_campaign_slug UNIQUE (slug),
    CONSTRAINT fk_campaign_questionnaire FOREIGN KEY (questionnaire_version_id) REFERENCES questionnaire_version (id),
    CONSTRAINT fk_campaign_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- submission_key makes a submission idempotent: a double-click or a retried request finds the stored response.
CREATE TABLE response (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id              BIGINT      NOT NULL,
    questionnaire_version_id BIGINT      NOT NULL,
    submission_key           VARCHAR(64) NOT NULL,
    language                 CHAR(2)     NOT NULL,
    channel                  VARCHAR(10) NOT NULL,
    submitted_at             DATETIME(6) NOT NULL,
    CONSTRAINT uq_response_submission UNIQUE (campaign_id, submission_key),
    CONSTRAINT fk_response_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_response_questionnaire FOREIGN KEY (questionnaire_version_id) REFERENCES questionnaire_version (id)
);
CREATE INDEX ix_response_campaign ON response (campaign_id);

-- Long format: one row per answer (one per selected choice for multiple choice), fit for GROUP BY.
CREATE TABLE answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    response_id  BIGINT        NOT NULL,
    question_key VARCHAR(64)   NOT NULL,
    choice_value VARCHAR(64)   NULL,
    number_value DECIMAL(19,4) NULL,
    text_value   TEXT          NULL,
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES response (id)
);
CREATE INDEX ix_answer_response ON answer (response_id, question_key);
CREATE INDEX ix_answer_question_choice ON answer (question_key, choice_value);

-- Results of the aggregateIndicators job; a run replaces a campaign's rows as a whole.
CREATE TABLE indicator_result (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id      BIGINT      NOT NULL,
    indicator        VARCHAR(40) NOT NULL,
    question_key     VARCHAR(64) NOT NULL,
    choice_value     VARCHAR(64) NOT NULL,
    numerator        BIGINT      NOT NULL,
    denominator      BIGINT      NOT NULL,
    computed_at      DATETIME(6) NOT NULL,
    job_execution_id BIGINT      NOT NULL,
    CONSTRAINT uq_indicator_result UNIQUE (campaign_id, indicator, question_key, choice_value),
    CONSTRAINT fk_indicator_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

CREATE TABLE report (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    title            VARCHAR(255) NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    content          LONGBLOB     NOT NULL,
    as_of            DATETIME(6)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    job_execution_id BIGINT       NOT NULL
);
