-- An XLSForm workbook the staff page refused only for questions Mittari cannot ask, kept so that "import without
-- them" is one click on whichever node answers it. token is random and the row belongs to one username; key is what
-- was typed in the key field (NULL when nothing was); workbook is the file as uploaded (at most 10 MB), gzipped. A
-- row is deleted when its button is used, and one older than an hour is never read again and is deleted with the
-- next import; a person keeps at most one (ADR 0062).
CREATE TABLE xlsform_kept_upload (
    token             VARCHAR(64)  NOT NULL PRIMARY KEY,
    username          VARCHAR(255) NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    questionnaire_key VARCHAR(64)  NULL,
    workbook          LONGBLOB     NOT NULL,
    kept_at           DATETIME(6)  NOT NULL
);
CREATE INDEX ix_xlsform_kept_upload_kept_at ON xlsform_kept_upload (kept_at);
CREATE INDEX ix_xlsform_kept_upload_username ON xlsform_kept_upload (username);
