-- The one draft a questionnaire may have: staff edit it freely (it may even be invalid while they work); publishing
-- turns it into an immutable questionnaire_version and deletes it.
CREATE TABLE questionnaire_draft (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    questionnaire_key VARCHAR(64)  NOT NULL,
    source_name       VARCHAR(255) NOT NULL,
    definition        LONGTEXT     NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uq_questionnaire_draft_key UNIQUE (questionnaire_key)
);

-- Who published a version: a staff user, or NULL for versions loaded from the surveys/ directory.
ALTER TABLE questionnaire_version ADD COLUMN published_by VARCHAR(100) NULL;
