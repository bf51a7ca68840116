-- Indicator and report definitions in the database (docs/adr/0015): each definition, named by its kind and code, has
-- immutable versions numbered from 1 and at most one draft. A version holds the YAML of that one definition (a file
-- of batch/ with several definitions gives each its own versions), where it came from (a file at start-up, or the
-- browser) and who published it. The catalogs the jobs read use the newest version of each code.
CREATE TABLE definition_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(16)  NOT NULL,
    code           VARCHAR(100) NOT NULL,
    version_number INT          NOT NULL,
    yaml           LONGTEXT     NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    file_name      VARCHAR(500) NULL,
    published_at   DATETIME(6)  NOT NULL,
    published_by   VARCHAR(255) NULL,
    -- Two instances starting at once both try to store a changed file: the second insert fails here and re-reads.
    CONSTRAINT uq_definition_version UNIQUE (kind, code, version_number),
    CONSTRAINT ck_definition_version_kind CHECK (kind IN ('indicator', 'report')),
    CONSTRAINT ck_definition_version_source CHECK (source IN ('file', 'browser'))
);

-- The one draft a definition may have: kept even with errors while staff work on it; publishing makes it a version.
CREATE TABLE definition_draft (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(16)  NOT NULL,
    code       VARCHAR(100) NOT NULL,
    yaml       LONGTEXT     NOT NULL,
    updated_by VARCHAR(255) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_definition_draft UNIQUE (kind, code),
    CONSTRAINT ck_definition_draft_kind CHECK (kind IN ('indicator', 'report'))
);
