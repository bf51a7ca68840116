-- Campaign settings: when it opens, who may answer (a public link, personal invitations, or a kiosk tablet), which of
-- the questionnaire's languages it offers (NULL: all of them), an optional cap on responses, the event it belongs to
-- and the thank-you text per language (NULL: the standard text).
ALTER TABLE campaign ADD COLUMN opens_at DATETIME(6) NULL;
ALTER TABLE campaign ADD COLUMN access_mode VARCHAR(12) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE campaign ADD COLUMN languages VARCHAR(20) NULL;
ALTER TABLE campaign ADD COLUMN response_cap INT NULL;
ALTER TABLE campaign ADD COLUMN event_code VARCHAR(64) NULL;
ALTER TABLE campaign ADD COLUMN thank_you_fi TEXT NULL;
ALTER TABLE campaign ADD COLUMN thank_you_sv TEXT NULL;
ALTER TABLE campaign ADD COLUMN thank_you_en TEXT NULL;

-- A personal invitation: only the SHA-256 of its token is stored, so neither a database leak nor guessing reveals a
-- working link; the link is shown once, when the invitations are created. reference is the organisation's own code
-- for the invitee (for example a pseudonymous participant id), never a name or an address.
CREATE TABLE invitation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    reference   VARCHAR(64)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    response_id BIGINT       NULL,
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_invitation_response FOREIGN KEY (response_id) REFERENCES response (id)
);
CREATE INDEX ix_invitation_campaign ON invitation (campaign_id);
