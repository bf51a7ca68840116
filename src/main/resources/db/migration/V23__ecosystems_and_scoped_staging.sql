-- An ecosystem: several projects whose indicators are read as one whole (docs/indicators.md, "Ecosystem scopes"),
-- defined by staff with a code, a name in each staff language and an optional period (where not recorded, the
-- calendar year of the run, as for a project). Its values are stored under the scope key 'ecosystem:' + code.
CREATE TABLE ecosystem (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_fi    VARCHAR(255) NOT NULL,
    name_sv    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL,
    starts_on  DATE         NULL,
    ends_on    DATE         NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_ecosystem_code UNIQUE (code)
);

CREATE TABLE ecosystem_project (
    ecosystem_id BIGINT      NOT NULL,
    project_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (ecosystem_id, project_code),
    CONSTRAINT fk_ecosystem_project_ecosystem FOREIGN KEY (ecosystem_id) REFERENCES ecosystem (id),
    CONSTRAINT fk_ecosystem_project_project FOREIGN KEY (project_code) REFERENCES project (code)
);

-- One run now computes several scopes (every project over its own period, all projects, every ecosystem): a staged
-- row names the scope it belongs to by the key indicator_value.project_code will carry. A run left unfinished across
-- this migration staged its rows under '': start it afresh rather than restarting it.
ALTER TABLE indicator_value_staging ADD COLUMN scope_key VARCHAR(100) NOT NULL DEFAULT '';
CREATE INDEX ix_indicator_value_staging_scope ON indicator_value_staging (job_instance_id, scope_key, indicator_code);
