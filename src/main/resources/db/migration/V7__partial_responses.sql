-- A response being filled in, page by page: the raw answers so far (JSON), the page reached and the language. It is
-- found again by the SHA-256 of its submission key (the respondent's resume link) or by its invitation. Submitting
-- turns it into a response with its answer rows and deletes it, so aggregation never sees half-answered forms.
CREATE TABLE partial_response (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id         BIGINT      NOT NULL,
    submission_key_hash CHAR(64)    NOT NULL,
    invitation_id       BIGINT      NULL,
    language            CHAR(2)     NOT NULL,
    page_key            VARCHAR(64) NOT NULL,
    answers             LONGTEXT    NOT NULL,
    started_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    CONSTRAINT uq_partial_submission UNIQUE (submission_key_hash),
    CONSTRAINT uq_partial_invitation UNIQUE (invitation_id),
    CONSTRAINT fk_partial_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_partial_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id)
);
CREATE INDEX ix_partial_campaign ON partial_response (campaign_id);

-- When the respondent started (the first page sent); NULL for responses entered in one go (API, import).
ALTER TABLE response ADD COLUMN started_at DATETIME(6) NULL;
