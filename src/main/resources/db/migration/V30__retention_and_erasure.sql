-- Retention of answers (docs/privacy.md, docs/adr/0030): a project's rule, which a campaign may override, says how
-- many months after the project ends (the campaign closes) its answers are deleted or anonymised. Without a rule
-- nothing is removed by age; the privacy page lists such campaigns.
ALTER TABLE project ADD COLUMN retention_months INT NULL;
ALTER TABLE project ADD COLUMN retention_action VARCHAR(10) NULL;
ALTER TABLE campaign ADD COLUMN retention_months INT NULL;
ALTER TABLE campaign ADD COLUMN retention_action VARCHAR(10) NULL;

-- When a response was anonymised: its links to an invitation and a resume address are gone, its personal and open
-- answers deleted, its days coarsened to the first of their month. NULL: as sent.
ALTER TABLE response ADD COLUMN anonymised_at DATETIME(6) NULL;

-- What was removed, never what it held: one row per campaign an erasure or a retention run touched (action groups
-- the rows of one request or run). kind: RETENTION_DELETE, RETENTION_ANONYMISE, ERASE_PSEUDONYM, ERASE_INVITATION,
-- ERASE_RESPONSE. first_day and last_day bound the days the removed responses were sent on: published indicator
-- values of a period they overlap are kept as published after a retention run (docs/indicators.md, "Retention"),
-- and an erasure's done_at makes its project's stored values stale, so the next report recomputes them.
CREATE TABLE personal_data_removal (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    action_key   CHAR(36)     NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    campaign_id  BIGINT       NOT NULL,
    project_code VARCHAR(64)  NULL,
    responses    INT          NOT NULL,
    answer_rows  INT          NOT NULL,
    first_day    DATE         NULL,
    last_day     DATE         NULL,
    done_by      VARCHAR(255) NOT NULL,
    done_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_personal_data_removal_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_personal_data_removal_project ON personal_data_removal (project_code, kind);
CREATE INDEX ix_personal_data_removal_done ON personal_data_removal (done_at);
