-- The report archive (docs/adr/0014): each built funder workbook with what it was built from, its file in parts, the
-- deliveries of it by email, and which projects' reports a FUNDER account may see.

-- What a report was built from: the definition's code, language, projects (comma-separated codes) and resolved
-- period, the job parameters and the definition as JSON text at build time, the summary figures (ArchivedFigures as
-- JSON, read by the next report's Method sheet) and who started the run. Reports archived before V11 have NULLs.
ALTER TABLE report ADD COLUMN report_code VARCHAR(100) NULL;
ALTER TABLE report ADD COLUMN language VARCHAR(2) NULL;
ALTER TABLE report ADD COLUMN project_codes VARCHAR(1000) NULL;
ALTER TABLE report ADD COLUMN period_from DATE NULL;
ALTER TABLE report ADD COLUMN period_to DATE NULL;
ALTER TABLE report ADD COLUMN parameters LONGTEXT NULL;
ALTER TABLE report ADD COLUMN definition LONGTEXT NULL;
ALTER TABLE report ADD COLUMN figures LONGTEXT NULL;
ALTER TABLE report ADD COLUMN started_by VARCHAR(255) NULL;
CREATE INDEX ix_report_code ON report (report_code, created_at);

-- The workbook in parts of at most a few MB each (MariaDB's default max_allowed_packet is 16 MB; a workbook with a
-- million answers is tens of MB), written and read one part at a time. part_no counts from 0.
CREATE TABLE report_part (
    report_id BIGINT   NOT NULL,
    part_no   INT      NOT NULL,
    content   LONGBLOB NOT NULL,
    PRIMARY KEY (report_id, part_no),
    CONSTRAINT fk_report_part_report FOREIGN KEY (report_id) REFERENCES report (id)
);

-- Reports archived before V11 keep their file as a single part.
INSERT INTO report_part (report_id, part_no, content) SELECT id, 0, content FROM report;
ALTER TABLE report DROP COLUMN content;

-- An outbox of email deliveries: QUEUED when the report is archived, then SENT, or RETRYING with the next attempt's
-- time and the last error (no personal data), FAILED after the last attempt; NOT_CONFIGURED when no SMTP server is set.
CREATE TABLE report_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id       BIGINT        NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_report_delivery_report FOREIGN KEY (report_id) REFERENCES report (id)
);
CREATE INDEX ix_report_delivery_due ON report_delivery (status, next_attempt_at);
CREATE INDEX ix_report_delivery_report ON report_delivery (report_id);

-- The projects whose reports a FUNDER account may see and download.
CREATE TABLE funder_project (
    staff_user_id BIGINT      NOT NULL,
    project_code  VARCHAR(64) NOT NULL,
    PRIMARY KEY (staff_user_id, project_code),
    CONSTRAINT fk_funder_project_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT fk_funder_project_project FOREIGN KEY (project_code) REFERENCES project (code)
);

-- funderReport compares stored indicator values with the newest response of a project's campaigns.
CREATE INDEX ix_response_campaign_submitted ON response (campaign_id, submitted_at);
