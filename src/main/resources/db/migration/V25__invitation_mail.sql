-- Invitations and reminders by email (docs/adr/0020). The addresses live here and nowhere else: never in responses,
-- answers, indicators or workbooks, and they are erased (with the link token and the name) a set number of days after
-- the campaign closes, while the invitation itself, found by its token's hash, stays valid.

-- One recipient per invitation: the address, optional name and language of the message, and the invitation's token,
-- kept only so that reminders can carry the same personal link; all three are set to NULL when erased.
CREATE TABLE mail_recipient (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id   BIGINT       NOT NULL,
    invitation_id BIGINT       NOT NULL,
    email         VARCHAR(320) NULL,
    name          VARCHAR(200) NULL,
    language      CHAR(2)      NOT NULL,
    token         VARCHAR(32)  NULL,
    opted_out_at  DATETIME(6)  NULL,
    erased_at     DATETIME(6)  NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_mail_recipient_invitation UNIQUE (invitation_id),
    CONSTRAINT fk_mail_recipient_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_mail_recipient_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id)
);
CREATE INDEX ix_mail_recipient_campaign ON mail_recipient (campaign_id);

-- The outbox: one row per message (round 0 the invitation, 1, 2, … the reminders), unique per recipient and round so
-- that no message is queued twice. A sender claims a row (SENDING, claimed_by, claimed_at) in its own transaction
-- before it talks to the server; a claim left behind by a node that stopped is never sent again but shown as
-- INTERRUPTED. last_error is the server's reason without any address.
CREATE TABLE mail_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id    BIGINT        NOT NULL,
    round_no        INT           NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NULL,
    claimed_by      VARCHAR(100)  NULL,
    claimed_at      DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_mail_message_round UNIQUE (recipient_id, round_no),
    CONSTRAINT fk_mail_message_recipient FOREIGN KEY (recipient_id) REFERENCES mail_recipient (id)
);
CREATE INDEX ix_mail_message_due ON mail_message (status, next_attempt_at);

-- A campaign's own wording of its invitation and reminder per language; without a row the standard text is used.
CREATE TABLE mail_template (
    campaign_id BIGINT       NOT NULL,
    kind        VARCHAR(12)  NOT NULL,
    language    CHAR(2)      NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    PRIMARY KEY (campaign_id, kind, language),
    CONSTRAINT fk_mail_template_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

-- When reminders go, as days after the invitation was sent (e.g. "7,14"); without a row, no reminders.
CREATE TABLE mail_schedule (
    campaign_id   BIGINT       NOT NULL PRIMARY KEY,
    reminder_days VARCHAR(100) NOT NULL,
    CONSTRAINT fk_mail_schedule_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
